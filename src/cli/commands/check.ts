/**
 * `vigie check FILE... [--country ISO3] [--kind budget|contracts|oversight] [--sheet NAME]
 *  [--lang fr|en]` (`--sheet`: the sheet read in each workbook, else the first with data):
 * imports each file into a throw-away in-memory engine with the page's own code and prints the
 * detected format, kind and mapping, the rows accepted and rejected and every problem.
 * Exit status 1 when any row (or file) is rejected, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import { isLocale, translate, type Locale } from '../../lib/i18n/index.ts';
import { describeSniff } from '../../lib/ingest/sniff/describe-sniff.ts';
import { isDataKind } from '../../lib/ingest/fields/field-specs.ts';
import { formatProblem } from '../../lib/ingest/report/format-problem.ts';
import { importFile, type ImportOptions } from '../../lib/ingest/import-file.ts';

export async function run(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			country: { type: 'string' },
			kind: { type: 'string' },
			sheet: { type: 'string' },
			lang: { type: 'string', default: 'fr' }
		}
	});
	const locale: Locale = isLocale(values.lang) ? values.lang : 'fr';
	if (positionals.length === 0 || (values.kind && !isDataKind(values.kind))) {
		console.error(translate(locale, 'import_usage_check'));
		return 2;
	}
	const options: ImportOptions = {
		country: values.country,
		sheet: values.sheet,
		maxProblems: 1_000_000_000
	};
	if (isDataKind(values.kind)) options.kind = values.kind;
	const engine = await openNodeEngine();
	let status = 0;
	try {
		for (const path of positionals)
			status = Math.max(status, await checkFile(engine, path, options, locale));
	} finally {
		await engine.close();
	}
	return status;
}

async function checkFile(
	engine: Awaited<ReturnType<typeof openNodeEngine>>,
	path: string,
	options: ImportOptions,
	locale: Locale
): Promise<number> {
	console.log(`== ${path}`);
	const bytes = await readFile(path).catch(() => null);
	if (!bytes) {
		console.log(translate(locale, 'import_file_not_found', { file: path }));
		return 1;
	}
	const result = await importFile(
		engine,
		{ name: path, bytes: new Uint8Array(bytes) },
		{ ...options, commit: false }
	);
	if (result.sniff) for (const line of describeSniff(result.sniff, locale)) console.log(line);
	const count = new Intl.NumberFormat(locale);
	console.log(
		translate(locale, 'import_counts', {
			rows: count.format(result.rows),
			accepted: count.format(result.accepted),
			rejected: count.format(result.rejected)
		})
	);
	for (const problem of result.problems) console.log(formatProblem(problem, locale));
	const isFileRejected = result.problems.some((p) => p.row === null);
	return result.rejected > 0 || isFileRejected ? 1 : 0;
}
