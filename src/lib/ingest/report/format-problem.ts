/**
 * A problem as one sentence in the user's language: where (row, column), what is wrong, what was
 * expected and how to fix it. Field and code-list names are translated too.
 */
import { hasMessage, translate, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { Problem } from './problems.ts';
import { formatOrigin } from './row-origin.ts';

const formatters = new Map<Locale, Intl.NumberFormat>();

function formatCount(value: number, locale: Locale): string {
	let formatter = formatters.get(locale);
	if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale)));
	return formatter.format(value);
}

/** Message keys built at run time are checked, so a missing translation shows the raw code. */
function label(prefix: string, name: string | number | undefined, locale: Locale): string {
	const key = `${prefix}${name}`;
	return hasMessage(key) ? translate(locale, key) : String(name ?? '');
}

/** The problem as a sentence in `locale`, prefixed by its row and column when it has them. */
export function formatProblem(problem: Problem, locale: Locale): string {
	const params: Record<string, string | number> = { ...problem.params };
	params.value = shorten(problem.value ?? '');
	params.field = label('import_field_', problem.params.field, locale);
	params.allowed = label('import_codes_', problem.params.list, locale);
	for (const name of ['first', 'index', 'line', 'expected', 'found', 'limit'] as const)
		if (typeof problem.params[name] === 'number')
			params[name] = formatCount(problem.params[name], locale);
	const message = translate(locale, `import_error_${problem.code}` as MessageKey, params);
	if (problem.row === null) return message;
	const row = formatCount(problem.row, locale);
	const { column } = problem;
	if (problem.origin) {
		const origin = formatOrigin(problem.origin, locale);
		if (column === null) return translate(locale, 'import_at_origin', { origin, row, message });
		return translate(locale, 'import_at_origin_column', { origin, row, column, message });
	}
	if (column === null) return translate(locale, 'import_at_row', { row, message });
	return translate(locale, 'import_at_row_column', { row, column, message });
}

/** Keeps a long cell (a whole malformed line) readable in a list. */
function shorten(value: string): string {
	return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}
