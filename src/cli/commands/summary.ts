/**
 * `vigie summary FILE [--country ISO3] [--kind …] [--sheet NAME] [--json]`: imports FILE (in memory) with the
 * page's code and prints the JSON summary of its accepted rows, from the SQL the page uses.
 * Rejected rows are left out of the sums; file-level problems go to stderr with exit status 1.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import { isLocale, translate, type Locale } from '../../lib/i18n/index.ts';
import { isDataKind } from '../../lib/ingest/fields/field-specs.ts';
import { formatProblem } from '../../lib/ingest/report/format-problem.ts';
import { importFile, type ImportOptions } from '../../lib/ingest/import-file.ts';
import { summarizeDataset } from '../../lib/ingest/report/summarize-dataset.ts';

export async function run(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			country: { type: 'string' },
			kind: { type: 'string' },
			sheet: { type: 'string' },
			json: { type: 'boolean', default: false },
			lang: { type: 'string', default: 'fr' }
		}
	});
	const locale: Locale = isLocale(values.lang) ? values.lang : 'fr';
	const [path] = positionals;
	if (!path || positionals.length > 1 || (values.kind && !isDataKind(values.kind))) {
		console.error(translate(locale, 'import_usage_summary'));
		return 2;
	}
	const bytes = await readFile(path).catch(() => null);
	if (!bytes) {
		console.error(translate(locale, 'import_file_not_found', { file: path }));
		return 1;
	}
	const options: ImportOptions = {
		country: values.country,
		sheet: values.sheet,
		datasetId: 'summary'
	};
	if (isDataKind(values.kind)) options.kind = values.kind;
	const engine = await openNodeEngine();
	try {
		const result = await importFile(engine, { name: path, bytes: new Uint8Array(bytes) }, options);
		if (!result.committed || !result.sniff) {
			for (const problem of result.problems) console.error(formatProblem(problem, locale));
			return 1;
		}
		const summary = await summarizeDataset(engine, result.sniff.mapping.kind, result.datasetId);
		console.log(values.json ? JSON.stringify(summary) : JSON.stringify(summary, null, 2));
		return 0;
	} finally {
		await engine.close();
	}
}
