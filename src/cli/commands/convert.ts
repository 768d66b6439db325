/**
 * `vigie convert FILE... --out DIR [--country ISO3] [--sheet NAME] [--lang fr|en]`: turns contracts and budget
 * files too large for a browser into the partitioned layout the `/donnees-distantes/` page reads
 * in place (gzip CSV by country and year + `manifest.json`, see `src/lib/convert/layout.ts`).
 * Publish DIR next to the site. Exit status 1 when a file gave no rows, 2 on a usage error.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { convertFiles } from '../../lib/convert/convert-files.ts';
import { formatBytes } from '../../lib/convert/format-bytes.ts';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import { isLocale, translate, type Locale } from '../../lib/i18n/index.ts';

export async function run(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			country: { type: 'string' },
			sheet: { type: 'string' },
			lang: { type: 'string', default: 'fr' }
		}
	});
	const locale: Locale = isLocale(values.lang) ? values.lang : 'fr';
	if (!positionals.length || !values.out) {
		console.error(translate(locale, 'convert_usage'));
		return 2;
	}
	const engine = await openNodeEngine();
	try {
		const { files, manifest } = await convertFiles(engine, positionals, values.out, {
			country: values.country,
			sheet: values.sheet
		});
		const number = new Intl.NumberFormat(locale);
		for (const f of files)
			console.log(
				translate(locale, 'convert_file', {
					file: f.path,
					road: translate(locale, `convert_road_${f.road}`),
					rows: f.road === 'canonical' ? '—' : number.format(f.rows),
					rejected: number.format(f.rejected),
					problems: number.format(f.problemCount)
				})
			);
		const tables = Object.entries(manifest.tables);
		if (!tables.length) console.error(translate(locale, 'convert_nothing'));
		for (const [table, t] of tables)
			console.log(
				translate(locale, 'convert_table', {
					table,
					rows: number.format(t.rows),
					partitions: number.format(t.partitions.length),
					size: formatBytes(t.bytes, locale),
					manifest: join(values.out, 'manifest.json')
				})
			);
		return tables.length && files.every((f) => f.table) ? 0 : 1;
	} finally {
		await engine.close();
	}
}
