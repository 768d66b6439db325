/**
 * SQL expressions that turn a trimmed text cell `t` into a canonical value, generated from the
 * TS tables so browser, CLI and tests share one definition. Every literal goes through
 * `sqlString`; column names are generated (`t3`), never taken from the file.
 */
import { sqlString } from '../../db/sql.ts';
import {
	CODE_RULES,
	DEROGATION_PHRASES,
	FALSE_WORDS,
	TRUE_WORDS,
	type CodeRules
} from '../fields/code-lists.ts';
import { COUNTRIES, countryKeys, XAF_COUNTRIES } from '../fields/countries.ts';
import type { CodeListName } from '../fields/field-specs.ts';
import { normalizeSql } from '../fields/normalize-text.ts';
import { CURRENCY_WORDS } from '../sniff/parse-header.ts';

export type NumberFormat = 'space_comma' | 'dot_comma' | 'comma_dot';
export type DateFormat = 'dmy' | 'ymd';

const SPACES = sqlString('[ \u00a0\u202f\t]');
const CURRENCY_IN_CELL = sqlString('f ?cfa|xof|xaf|mru|usd|eur|€|\\$');

/** Plain replacements that clean most cells: spaces (U+0020, U+00A0, U+202F), separators. */
const FAST: Record<NumberFormat, Array<[string, string]>> = {
	space_comma: [
		[' ', ''],
		['\u00a0', ''],
		['\u202f', ''],
		[',', '.']
	],
	dot_comma: [
		[' ', ''],
		['\u00a0', ''],
		['\u202f', ''],
		['.', ''],
		[',', '.']
	],
	comma_dot: [
		[' ', ''],
		['\u00a0', ''],
		['\u202f', ''],
		[',', '']
	]
};

function fastText(t: string, format: NumberFormat): string {
	return FAST[format].reduce(
		(sql, [from, to]) => `replace(${sql}, ${sqlString(from)}, ${sqlString(to)})`,
		t
	);
}

/** Text of a number once spaces, currency words and the thousands separator are gone. */
export function numberText(t: string, format: NumberFormat): string {
	const bare = `regexp_replace(regexp_replace(${t}, ${CURRENCY_IN_CELL}, '', 'gi'), ${SPACES}, '', 'g')`;
	return fastText(bare, format);
}

/** Spreadsheet formula look (`=`, `+`, `@` first): never evaluated, always rejected. */
export function isFormula(t: string): string {
	return `left(${t}, 1) IN ('=', '+', '@')`;
}

/**
 * Largest magnitude accepted: an amount of 10^15 is a thousand times a Sahel state's whole budget
 * in FCFA, so a bigger one is a typo or a spreadsheet artefact (1e308), and sums of such values
 * lose every unit or overflow to Infinity. A count must also fit DuckDB's INTEGER.
 */
export const AMOUNT_LIMIT = 1e15;
export const COUNT_LIMIT = 1e9;

/** The limit of a number field of `type` (`count` or an amount). */
export function numberLimit(type: string | undefined): number {
	return type === 'count' ? COUNT_LIMIT : AMOUNT_LIMIT;
}

/** SQL type a number is parsed into: DECIMAL when scaled, so the product is exact. */
export function numberType(scale: number): string {
	return scale === 1 ? 'DOUBLE' : 'DECIMAL(38, 6)';
}

/**
 * The cheap parse of a number cell: spaces and the thousands separator removed by plain
 * `replace`, then `try_cast`. Computed once per cell (`p_<field>`); most cells stop here.
 */
export function numberParse(
	t: string,
	format: NumberFormat,
	scale: number,
	direct = false
): string {
	const cleaned = `try_cast(${fastText(t, format)} AS ${numberType(scale)})`;
	// A cell the cast reads as it is ("3") has no comma and no inner space, so cleaning would not
	// change its value, except for "1.234" in the dot_comma format. A failed cast is costly in
	// DuckDB, so this is only tried where such plain cells are the rule (counts).
	if (!direct || format === 'dot_comma') return cleaned;
	return `coalesce(try_cast(${t} AS ${numberType(scale)}), ${cleaned})`;
}

/**
 * The number (scaled, as DOUBLE) of a cell whose cheap parse is `p`, or NULL. Only cells the
 * cheap parse could not read pay for the regular expressions that strip currency words. A digit is
 * required, so "inf" and "nan" are not numbers: a finite parse always has one (DuckDB reads no
 * other digit-less number), so the digit test only runs on the rest. A scaled number is multiplied
 * in DECIMAL so "20 915,40" millions is exactly 20915400000, not …399999.999996.
 */
export function numberFromParse(t: string, p: string, format: NumberFormat, scale: number): string {
	const slow = `try_cast(${numberText(t, format)} AS ${numberType(scale)})`;
	const scaled = (x: string) => (scale === 1 ? x : `CAST(${x} * ${Math.trunc(scale)} AS DOUBLE)`);
	const finite = scale === 1 ? `isfinite(${p})` : `${p} IS NOT NULL`;
	return `CASE WHEN ${isFormula(t)} THEN NULL WHEN ${finite} THEN ${scaled(p)} WHEN regexp_matches(${t}, '[0-9]') THEN ${scaled(`coalesce(${p}, ${slow})`)} END`;
}

/** A four-digit year from 1960 to 2100, or NULL. */
export function yearValue(t: string): string {
	return `CASE WHEN regexp_full_match(${t}, '[0-9]{4}') AND try_cast(${t} AS INTEGER) BETWEEN 1960 AND 2100 THEN try_cast(${t} AS INTEGER) END`;
}

/** A TIMESTAMP parsed in the detected format (ISO date-times keep their date), or NULL. */
export function dateParse(t: string, format: DateFormat): string {
	// One format at a time (as the list form does, in order): most cells stop at the first, and
	// DuckDB only evaluates the next ones for the rows still NULL. A list costs 8 % of an import.
	const formats =
		format === 'dmy' ? ['%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y'] : ['%Y-%m-%d', '%Y/%m/%d'];
	const cell = format === 'dmy' ? t : `left(${t}, 10)`;
	return `coalesce(${formats.map((f) => `try_strptime(${cell}, ${sqlString(f)})`).join(', ')})`;
}

/** The DATE of parse `p` (see `dateParse`) when its year is plausible, or NULL. */
export function dateFromParse(p: string): string {
	return `CASE WHEN year(${p}) BETWEEN 1960 AND 2100 THEN CAST(${p} AS DATE) END`;
}

/** `CASE` that returns the first rule whose phrase is a whole-word part of the cell. */
export function rulesValue(t: string, rules: CodeRules): string {
	const padded = `(' ' || ${normalizeSql(t)} || ' ')`;
	const whens = rules.map(([code, phrases]) => {
		const tests = phrases.map(
			(p) => `contains(${padded}, ${sqlString(` ${p.replaceAll('_', ' ')} `)})`
		);
		return `WHEN ${tests.join(' OR ')} THEN ${sqlString(code)}`;
	});
	return `CASE ${whens.join(' ')} END`;
}

/** Canonical code of a cell under code list `list`, or NULL. */
export function codeValue(t: string, list: CodeListName): string {
	return rulesValue(t, CODE_RULES[list]);
}

/** Whether a cell names the derogatory regime (a method cell or a flag column). */
export function derogationValue(t: string): string {
	return `(${rulesValue(t, [['1', DEROGATION_PHRASES]])} IS NOT NULL)`;
}

/** Yes/no words (and derogation words, as yes) → BOOLEAN, else NULL. */
export function flagValue(t: string): string {
	const key = normalizeSql(t);
	return `CASE WHEN ${key} IN (${TRUE_WORDS.map(sqlString).join(', ')}) THEN true WHEN ${key} IN (${FALSE_WORDS.map(sqlString).join(', ')}) THEN false WHEN ${derogationValue(t)} THEN true END`;
}

/** ISO3 of a country name or code (normalised), or NULL. */
export function countryValue(t: string): string {
	const whens = COUNTRIES.flatMap((c) =>
		countryKeys(c).map((k) => `WHEN ${sqlString(k)} THEN ${sqlString(c.iso3)}`)
	);
	return `CASE ${normalizeSql(t)} ${whens.join(' ')} END`;
}

/** A currency cell or word: known words, else any three-letter ISO-looking code. */
export function currencyValue(t: string): string {
	const whens = CURRENCY_WORDS.map(([w, code]) => `WHEN ${sqlString(w)} THEN ${sqlString(code)}`);
	return `CASE ${normalizeSql(t)} ${whens.join(' ')} ELSE CASE WHEN regexp_full_match(${t}, '[A-Za-z]{3}') THEN upper(${t}) END END`;
}

/**
 * Currency word written inside an amount cell ("12 500 FCFA"), or NULL. `parsed` is the cell's
 * cheap number parse: a cell it reads has no letters but "e", "inf" or "nan", so no currency word,
 * and the regular expressions only run on the other cells.
 */
export function currencyInCell(t: string, parsed = 'NULL'): string {
	return `CASE WHEN ${parsed} IS NOT NULL THEN NULL WHEN NOT regexp_matches(${t}, '[A-Za-z€$]') THEN NULL WHEN regexp_matches(${t}, '(?i)xaf') THEN 'XAF' WHEN regexp_matches(${t}, '(?i)xof') THEN 'XOF' WHEN regexp_matches(${t}, '(?i)cfa') THEN 'FCFA' WHEN regexp_matches(${t}, '(?i)mru') THEN 'MRU' WHEN regexp_matches(${t}, '(?i)usd|\\$') THEN 'USD' WHEN regexp_matches(${t}, '(?i)eur|€') THEN 'EUR' END`;
}

/** Resolves 'FCFA' (and a missing currency) with the country: XAF in Central Africa, else XOF. */
export function resolveCurrency(currency: string, country: string): string {
	const defaults = COUNTRIES.map((c) => `WHEN ${sqlString(c.iso3)} THEN ${sqlString(c.currency)}`);
	const xaf = XAF_COUNTRIES.map(sqlString).join(', ');
	return `CASE WHEN ${currency} = 'FCFA' THEN CASE WHEN ${country} IN (${xaf}) THEN 'XAF' ELSE 'XOF' END WHEN ${currency} IS NOT NULL THEN ${currency} ELSE CASE ${country} ${defaults.join(' ')} END END`;
}

/**
 * Text as stored: a cell typed on two lines in Excel ("Ministère de la Défense⏎nationale") must not
 * become a second institution that looks the same on screen, so runs of whitespace become one
 * space. The regexp only runs on the rare cells that need it (it is costly on every row).
 */
export function textValue(t: string): string {
	const needsIt = `contains(${t}, chr(10)) OR contains(${t}, chr(13)) OR contains(${t}, chr(9)) OR contains(${t}, '  ')`;
	return `CASE WHEN ${needsIt} THEN regexp_replace(${t}, '\\s+', ' ', 'g') ELSE ${t} END`;
}
