/**
 * The whole import of one file, the same in the page, the CLI and the tests:
 * open (a workbook or OCDS file is converted to CSV text first: `source/`) → sniff (TS, 64 KB) → re-encode and scan records (one byte loop) → the fast path (`fast-import.ts`:
 * one read, accepted rows straight into the canonical table, kept only if every row passed) →
 * otherwise the full path: read, type, check and de-duplicate in DuckDB (staging temp tables),
 * then insert accepted rows into the canonical table in one transaction. Until a transaction
 * commits, no canonical table is changed, so a failed or cancelled import leaves earlier datasets
 * as they were.
 */
import type { Engine } from '../db/engine.ts';
import { quoteIdent } from '../db/sql.ts';
import { findCountry } from './fields/countries.ts';
import { toUtf8InSlices, UnsupportedEncodingError } from './sniff/detect-encoding.ts';
import { fileProblem, type Problem } from './report/problems.ts';
import { sniffFile, type FormatOptions, type Sniff } from './sniff/sniff-file.ts';
import { missingColumns } from './sniff/missing-columns.ts';
import { discardImport, stageRows, type StagedImport } from './commit/stage-rows.ts';
import { commitRows } from './commit/commit-rows.ts';
import { scanAndImport } from './commit/fast-import.ts';
import { openSource, type OpenedSource, type SourceOptions } from './source/open-source.ts';

export interface ImportOptions extends FormatOptions, SourceOptions {
	/** ISO3 or name: the country of rows that do not state one. */
	country?: string;
	/** ISO 4217 code for amounts whose file names no currency. */
	currency?: string;
	/** Id of the dataset in the canonical tables (default: derived from the file name). */
	datasetId?: string;
	/** false: check only, nothing is written to the canonical tables. */
	commit?: boolean;
	/** Row problems returned in `problems` (all are in the staging table). Default 1000. */
	maxProblems?: number;
	/** false: skip the fast path (tests and benchmarks compare both paths). Default true. */
	fast?: boolean;
}

export type ImportStep = 'sniff' | 'scan' | 'read' | 'check' | 'commit' | 'done';

export interface ImportHooks {
	signal?: AbortSignal;
	onProgress?: (step: ImportStep, fraction: number) => void;
}

export interface ImportResult {
	datasetId: string;
	fileName: string;
	/** The file's format and, for a workbook, its sheets and the one read. */
	source: Pick<OpenedSource, 'format' | 'sheets' | 'sheet'> | null;
	sniff: Sniff | null;
	/** Data rows seen (blank lines excluded). */
	rows: number;
	accepted: number;
	rejected: number;
	/** File-level problems first, then row problems by row (at most `maxProblems`). */
	problems: Problem[];
	problemCount: number;
	committed: boolean;
	/** Staging tables, kept for `exportRejectedCsv` until `discardImport`. */
	staged: StagedImport | null;
}

/**
 * Imports `file` into `engine`; resolves with counts and problems, never throws on bad data.
 * `file.source`: the file already opened (the import page opens it to preview it).
 */
export async function importFile(
	engine: Engine,
	file: { name: string; bytes: Uint8Array; source?: OpenedSource },
	options: ImportOptions = {},
	hooks: ImportHooks = {}
): Promise<ImportResult> {
	const datasetId = options.datasetId ?? file.name;
	const base = {
		datasetId,
		fileName: file.name,
		source: null as ImportResult['source'],
		rows: 0,
		accepted: 0,
		rejected: 0,
		committed: false
	};
	const fail = (sniff: Sniff | null, found: Problem[]): ImportResult => ({
		...base,
		sniff,
		problems: found,
		problemCount: found.length,
		staged: null
	});
	const step = (name: ImportStep, fraction: number) => {
		hooks.signal?.throwIfAborted();
		hooks.onProgress?.(name, fraction);
	};
	step('sniff', 0);
	const source = file.source ?? (await openSource(file, { sheet: options.sheet }, hooks.signal));
	base.source = { format: source.format, sheets: source.sheets, sheet: source.sheet };
	if (source.problem) return fail(null, [source.problem]);
	const bytes = source.bytes;
	const problems = (found: Problem[]) => withOrigins(found, source.rowOrigins);
	let sniff: Sniff;
	try {
		sniff = sniffFile(bytes, { ...options, ...source.fixed });
	} catch (error) {
		if (error instanceof UnsupportedEncodingError)
			return fail(null, [fileProblem('unsupported_encoding', { encoding: error.encoding })]);
		throw error;
	}
	const country = options.country ? findCountry(options.country) : undefined;
	if (options.country && !country)
		return fail(sniff, [fileProblem('unknown_country_option', { value: options.country })]);
	// A file with nothing but whitespace is empty: saying "no column for …" would mislead.
	if (isBlank(bytes)) return fail(sniff, [fileProblem('empty_file')]);
	const missing = missingColumns(sniff.mapping);
	if (missing.length) return fail(sniff, missing);
	step('scan', 0.1);
	const checkAll = sniff.encoding.confidence < 0.9;
	const utf8 = await toUtf8InSlices(bytes, sniff.encoding.value, checkAll, hooks.signal);
	// In slices, so a page stays responsive and a cancel is honoured during a large file's scan.
	// The data may share `bytes`' buffer: it is registered part by part, each a copy.
	const context = {
		datasetId,
		sniff,
		country: country?.iso3,
		currency: options.currency,
		maxProblems: options.maxProblems
	};
	const commit = options.commit !== false;
	const { scan, fast } = await scanAndImport(
		engine,
		utf8,
		context,
		{ commit, fast: options.fast !== false },
		{ signal: hooks.signal, step }
	);
	if (fast) {
		hooks.onProgress?.('done', 1);
		const { accepted } = fast;
		return {
			...base,
			sniff,
			rows: accepted,
			accepted,
			problems: [],
			problemCount: 0,
			staged: null,
			committed: commit
		};
	}
	if (scan.recordCount + scan.malformed.length === 0)
		return fail(sniff, [fileProblem('empty_file')]);
	const staged = await stageRows(engine, { ...context, scan }, step);
	const result: ImportResult = {
		...base,
		sniff,
		...staged.counts,
		problems: problems(staged.problems),
		problemCount: staged.problemCount,
		staged: staged.tables
	};
	if (!staged.tables || !commit) return result;
	try {
		step('commit', 0.9);
		await commitRows(engine, sniff.mapping.kind, staged.tables, datasetId);
	} catch (error) {
		await discardImport(engine, staged.tables);
		throw error;
	}
	// In the canonical table now: only the rejected rows are kept, for the export.
	await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(staged.tables.rows)}`);
	hooks.onProgress?.('done', 1);
	return { ...result, committed: true };
}

/** Problems of a converted file say where their row came from in the original. */
function withOrigins(problems: Problem[], origins: OpenedSource['rowOrigins']): Problem[] {
	if (!origins) return problems;
	return problems.map((p) => {
		const origin = p.row === null ? null : origins[p.row];
		return origin ? { ...p, origin } : p;
	});
}

/** True when the bytes hold only a UTF-8 BOM and whitespace (spaces, tabs, line breaks). */
function isBlank(bytes: Uint8Array): boolean {
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	for (let i = start; i < bytes.length; i++) {
		const b = bytes[i];
		if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
	}
	return true;
}
