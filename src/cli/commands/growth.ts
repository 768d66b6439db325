/**
 * `vigie growth --from 2005 --to 2019 [--json]`: growth of constant-price military spending per
 * G5 country and for the five together, from the shipped SIPRI data, with the same SQL as the page.
 */
import { parseArgs } from 'node:util';
import { openDefaultDataset } from '../../lib/server/default-dataset.ts';
import { readManifest, sipriMeta } from '../../lib/trends/sipri-meta.ts';
import { queryGrowth, toGrowthReport, GROWTH_SERIES } from '../../lib/trends/growth.ts';
import { formatGrowth } from '../../lib/format/number.ts';
import { isLocale } from '../../lib/i18n/define-messages.ts';

export async function run(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			from: { type: 'string' },
			to: { type: 'string' },
			json: { type: 'boolean', default: false },
			lang: { type: 'string', default: 'fr' }
		}
	});
	const from = Number(values.from);
	const to = Number(values.to);
	if (!Number.isInteger(from) || !Number.isInteger(to) || from >= to) {
		console.error('Usage: vigie growth --from YEAR --to YEAR [--json]   (from < to)');
		return 2;
	}
	const meta = sipriMeta(await readManifest());
	const engine = await openDefaultDataset();
	const rows = await queryGrowth(engine, from, to);
	const report = toGrowthReport(rows, {
		release: meta.release,
		prices: meta.prices[GROWTH_SERIES]?.en ?? '',
		from,
		to
	});
	if (values.json) {
		console.log(JSON.stringify(report, null, 2));
		return 0;
	}
	const locale = isLocale(values.lang) ? values.lang : 'fr';
	console.log(`${meta.release} — ${report.prices} — ${from} → ${to}`);
	for (const [country, growth] of [
		...Object.entries(report.by_country),
		['G5', report.g5] as const
	])
		console.log(
			`${String(country).padEnd(4)} ${growth === null ? '—' : formatGrowth(growth, locale)}`
		);
	return 0;
}
