/**
 * The rejected rows as a CSV the user can fix and re-import: an `error` column first (so it stays
 * aligned even for lines with the wrong number of fields), then the row as it was in the file.
 */
import Papa from 'papaparse';
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';
import type { Locale } from '../../i18n/index.ts';
import { formatProblem } from './format-problem.ts';
import type { ImportResult } from '../import-file.ts';
import { rowProblems, type ErrorRow } from '../check/row-problems.ts';

/** CSV text (UTF-8 with BOM, the file's own delimiter) of every rejected row, in file order. */
export async function exportRejectedCsv(
	engine: Engine,
	result: ImportResult,
	locale: Locale
): Promise<string> {
	const { staged, sniff } = result;
	if (!staged || !sniff) return '';
	const errorRows = await engine.query<ErrorRow>(
		`SELECT row, col, value, code, ref, source FROM ${quoteIdent(staged.errors)} ORDER BY row, col NULLS LAST`
	);
	const messages = new Map<number, string[]>();
	for (const problem of rowProblems(errorRows, sniff, staged.malformed, staged.fieldCount)) {
		const list = messages.get(problem.row!) ?? [];
		list.push(formatProblem(problem, locale));
		messages.set(problem.row!, list);
	}
	const columns = staged.headers.map((_, i) => `t${i}`).join(', ');
	const rejected = await engine.query<Record<string, string | null>>(
		`SELECT line, ${columns} FROM ${quoteIdent(staged.typed)} WHERE NOT ok ORDER BY line`
	);
	const lines: Array<{ line: number; cells: string[] }> = rejected.map((r) => ({
		line: Number(r.line),
		cells: staged.headers.map((_, i) => r[`t${i}`] ?? '')
	}));
	for (const m of staged.malformed) {
		const cells = Papa.parse<string[]>(m.text, { delimiter: sniff.delimiter.value }).data[0] ?? [
			m.text
		];
		lines.push({ line: m.line, cells });
	}
	lines.sort((a, b) => a.line - b.line);
	const data = [
		['error', ...staged.headers],
		...lines.map((l) => [(messages.get(l.line) ?? []).join(' | '), ...l.cells])
	];
	return '\uFEFF' + Papa.unparse(data, { delimiter: sniff.delimiter.value, newline: '\r\n' });
}
