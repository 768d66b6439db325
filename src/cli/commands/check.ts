/**
 * `vigie check FILE... [--country ISO3] [--kind budget|contracts|oversight] [--sheet NAME]
 *  [--lang fr|en]` (`--sheet`: the sheet read in each workbook, else the first with data):
 * imports each file into a throw-away in-memory engine with the page's own code and prints the
 * detected format, kind and mapping, the rows accepted and rejected and every problem. The
 * canonical rows it produced are then checked against the one definition of the canonical fields
 * (`canonical-fields.ts`): a row that fails there is a bug in Vigie, reported as such.
 * Exit status 1 when any row (or file) is rejected or a canonical row fails, 2 on a usage error.
 * `vigie publish` prints the same report (`printImportReport`, `printSchemaFailures`).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import { isLocale, translate, type Locale } from '../../lib/i18n/index.ts';
import { describeSniff } from '../../lib/ingest/sniff/describe-sniff.ts';
import { isDataKind } from '../../lib/ingest/fields/field-specs.ts';
import { formatProblem } from '../../lib/ingest/report/format-problem.ts';
import { importFile, type ImportOptions, type ImportResult } from '../../lib/ingest/import-file.ts';
import { checkCanonicalRows, type SchemaFailure } from '../../lib/ingest/fields/canonical-rows.ts';
import { newDatasetId } from '../../lib/ingest/persist/dataset-record.ts';

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
	// Committed into this throw-away engine, so the canonical rows can be checked too.
	const datasetId = newDatasetId(path, [...checked]);
	checked.add(datasetId);
	const result = await importFile(
		engine,
		{ name: path, bytes: new Uint8Array(bytes) },
		{ ...options, datasetId }
	);
	printImportReport(result, locale);
	const isFileRejected = result.problems.some((p) => p.row === null);
	let status = result.rejected > 0 || isFileRejected ? 1 : 0;
	if (result.committed && result.sniff) {
		const { failures } = await checkCanonicalRows(engine, result.sniff.mapping.kind, datasetId);
		if (failures.length) status = 1;
		printSchemaFailures(path, failures);
	}
	return status;
}

const checked = new Set<string>();

/** What `vigie check` prints of one import: format, kind, mapping, counts, every problem. */
export function printImportReport(result: ImportResult, locale: Locale): void {
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
}

/**
 * Canonical rows that fail the definition: a bug in Vigie, never the user's file (the importer
 * rejected what it could not read), so the message is in English for the bug report.
 */
export function printSchemaFailures(file: string, failures: SchemaFailure[]): void {
	if (!failures.length) return;
	console.error(
		`BUG in Vigie: ${failures.length} canonical row(s) from ${file} fail the canonical field definition (src/lib/ingest/fields/canonical-fields.ts). Please report this:`
	);
	for (const f of failures.slice(0, 20))
		console.error(`  source row ${String(f.sourceRow)}: ${f.issues.join('; ')}`);
}
