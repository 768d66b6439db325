/**
 * `vigie indicators FILE... [--with-default] [--with-demo] [--country X,Y] [--from Y] [--to Y] [--year Y]
 *  [--id ID] [--param id.name=value] [--json | --csv [--separator ';']]`: every indicator
 * computed on the given files (and SIPRI's default data with --with-default), with the same SQL
 * as the browser; --with-demo adds the fictitious demo data for each kind no file provides, as the
 * pages do. `--json` and `--csv` write the indicator set (indicator-set.ts) the
 * indicators page downloads: same results, same metadata, same dataset fingerprint.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Engine } from '../../lib/db/engine.ts';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import { demoSourceName, syncDemo } from '../../lib/explore/demo-data.ts';
import { nodeDemoReader } from '../../lib/explore/demo-data-node.ts';
import type { DataKind } from '../../lib/ingest/fields/field-specs.ts';
import { isLocale } from '../../lib/i18n/define-messages.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { IndicatorResult } from '../../lib/indicators/define-indicator.ts';
import { fingerprintInputs, type FingerprintSource } from '../../lib/indicators/fingerprint.ts';
import { buildIndicatorSet, type IndicatorSet } from '../../lib/indicators/indicator-set.ts';
import { indicatorSetToCsv } from '../../lib/indicators/indicator-set-csv.ts';
import { loadInputs } from '../../lib/indicators/indicator-set-inputs.ts';
import { indicatorSetToJson } from '../../lib/indicators/indicator-set-json.ts';
import { getIndicator } from '../../lib/indicators/index.ts';
import { parseParamSpecs } from '../../lib/indicators/parse-param-specs.ts';
import { runIndicators } from '../../lib/indicators/run-indicators.ts';

const USAGE =
	'Usage: vigie indicators FILE... [--with-default] [--with-demo] [--file-country ISO3] [--sheet NAME]\n' +
	'                        [--country ISO3,ISO3]' +
	' [--from YYYY] [--to YYYY] [--year YYYY] [--id ID] [--param ID.NAME=VALUE]\n' +
	"                        [--json | --csv [--separator ';']] [--lang fr|en]";

function printText(results: IndicatorResult[], locale: 'fr' | 'en'): void {
	for (const r of results) {
		const parts = [r.id, r.country, r.year, r.measure, r.group && `${r.group.by}=${r.group.name}`];
		// a multi-year score names the years it was decided on: [A 2019–2021]
		const years = r.scoredYears ? ` ${r.scoredYears[0]}–${r.scoredYears.at(-1)}` : '';
		parts.push(`${r.value ?? '—'} ${r.unit}`, r.score && `[${r.score}${years}]`);
		parts.push(r.coverage && `(${r.coverage.n}/${r.coverage.total})`);
		console.log(parts.filter((p) => p !== undefined && p !== '').join(' '));
	}
	console.log(`\n${translate(locale, 'indicators_flag_disclaimer')}`);
}

const OPTIONS = {
	'with-default': { type: 'boolean', default: false },
	'with-demo': { type: 'boolean', default: false },
	'file-country': { type: 'string' },
	sheet: { type: 'string' },
	country: { type: 'string', multiple: true },
	from: { type: 'string' },
	to: { type: 'string' },
	year: { type: 'string', multiple: true },
	id: { type: 'string', multiple: true },
	param: { type: 'string', multiple: true, default: [] as string[] },
	json: { type: 'boolean', default: false },
	csv: { type: 'boolean', default: false },
	separator: { type: 'string', default: ',' },
	lang: { type: 'string', default: 'fr' }
} satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** A usage error in the options, or null. */
function optionError(values: Values, positionals: string[]): string | null {
	const unknown = (values.id ?? []).filter((id) => !getIndicator(id));
	if (unknown.length) return `Unknown indicator: ${unknown.join(', ')}`;
	if (positionals.length === 0 && !values['with-default'] && !values['with-demo']) return USAGE;
	if (values.separator !== ',' && values.separator !== ';') return "--separator is ',' or ';'";
	const years = [values.from, values.to].filter((y) => y !== undefined);
	if (years.some((y) => !/^\d{4}$/.test(y!))) return '--from and --to take a year (YYYY)';
	return null;
}

/** `--country BFA,MLI --country ner` → ['BFA', 'MLI', 'NER']; null when not given. */
function countryList(values: Values): string[] | null {
	const list = (values.country ?? []).flatMap((c) => c.split(',')).map((c) => c.trim());
	return list.length ? list.filter(Boolean).map((c) => c.toUpperCase()) : null;
}

async function buildSet(
	values: Values,
	results: IndicatorResult[],
	sources: FingerprintSource[]
): Promise<IndicatorSet> {
	const params = parseParamSpecs(values.param);
	const selection = {
		countries: countryList(values),
		from: values.from ? Number(values.from) : null,
		to: values.to ? Number(values.to) : null
	};
	return buildIndicatorSet(results, selection, await fingerprintInputs(sources), {
		...(values.id && { indicators: values.id }),
		...(Object.keys(params).length && { params })
	});
}

/** The demo datasets of the kinds no file provided, as the pages show them (demo-data.ts). */
async function loadDemo(engine: Engine, kinds: DataKind[]): Promise<FingerprintSource[]> {
	const read = nodeDemoReader();
	const shown = await syncDemo(engine, kinds, read);
	return Promise.all(
		shown.map(async (kind) => ({ name: demoSourceName(kind), bytes: await read(kind) }))
	);
}

export async function run(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: OPTIONS
	});
	const error = optionError(values, positionals);
	if (error) {
		console.error(error);
		return 2;
	}
	const engine = await openNodeEngine();
	try {
		const { sources, kinds } = await loadInputs(
			engine,
			positionals,
			values['with-default'],
			values['file-country'],
			values.sheet
		);
		if (values['with-demo']) sources.push(...(await loadDemo(engine, kinds)));
		const results = await runIndicators(engine, {
			ids: values.id,
			years: values.year?.map(Number),
			params: parseParamSpecs(values.param)
		});
		const set = await buildSet(values, results, sources);
		if (values.json) process.stdout.write(indicatorSetToJson(set));
		else if (values.csv)
			process.stdout.write(indicatorSetToCsv(set, values.separator as ',' | ';'));
		else printText(set.results, isLocale(values.lang) ? values.lang : 'fr');
		return 0;
	} finally {
		await engine.close();
	}
}
