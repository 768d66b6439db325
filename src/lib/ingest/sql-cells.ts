/**
 * SQL expressions that turn a trimmed text cell `t` into a canonical value, generated from the
 * TS tables so browser, CLI and tests share one definition. Every literal goes through
 * `sqlString`; column names are generated (`t3`), never taken from the file.
 */
import { sqlString } from '../db/sql.ts';
import {
	CODE_RULES,
	DEROGATION_PHRASES,
	FALSE_WORDS,
	TRUE_WORDS,
	type CodeRules
} from './code-lists.ts';
import { COUNTRIES, countryKeys, XAF_COUNTRIES } from './countries.ts';
import type { CodeListName } from './field-specs.ts';
import { normalizeSql } from './normalize-text.ts';
import { CURRENCY_WORDS } from './parse-header.ts';

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

/** Unscaled number of a cell, or NULL. */
export function numberValue(t: string, format: NumberFormat): string {
	return numberDecimal(t, format, 1);
}

/**
 * The number as DOUBLE. Most cells parse after plain replacements; only the others pay for the
 * regular expressions that strip currency words (`coalesce` evaluates lazily). A scaled number
 * is multiplied in DECIMAL so "20 915,40" millions is exactly 20915400000, not …399999.999996.
 * A digit is required, so "inf" and "nan" are not numbers.
 */
export function numberDecimal(t: string, format: NumberFormat, scale: number): string {
	const type = scale === 1 ? 'DOUBLE' : 'DECIMAL(38, 6)';
	const parsed = `coalesce(try_cast(${fastText(t, format)} AS ${type}), try_cast(${numberText(t, format)} AS ${type}))`;
	const scaled = scale === 1 ? parsed : `CAST(${parsed} * ${Math.trunc(scale)} AS DOUBLE)`;
	return `CASE WHEN NOT ${isFormula(t)} AND regexp_matches(${t}, '[0-9]') THEN ${scaled} END`;
}

/** A four-digit year from 1960 to 2100, or NULL. */
export function yearValue(t: string): string {
	return `CASE WHEN regexp_full_match(${t}, '[0-9]{4}') AND try_cast(${t} AS INTEGER) BETWEEN 1960 AND 2100 THEN try_cast(${t} AS INTEGER) END`;
}

/** A DATE in the detected format (ISO date-times keep their date), or NULL. */
export function dateValue(t: string, format: DateFormat): string {
	const parsed =
		format === 'dmy'
			? `try_strptime(${t}, ['%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y'])`
			: `try_strptime(left(${t}, 10), ['%Y-%m-%d', '%Y/%m/%d'])`;
	return `CASE WHEN year(${parsed}) BETWEEN 1960 AND 2100 THEN CAST(${parsed} AS DATE) END`;
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

/** Currency word written inside an amount cell ("12 500 FCFA"), or NULL. */
export function currencyInCell(t: string): string {
	return `CASE WHEN NOT regexp_matches(${t}, '[A-Za-z€$]') THEN NULL WHEN regexp_matches(${t}, '(?i)xaf') THEN 'XAF' WHEN regexp_matches(${t}, '(?i)xof') THEN 'XOF' WHEN regexp_matches(${t}, '(?i)cfa') THEN 'FCFA' WHEN regexp_matches(${t}, '(?i)mru') THEN 'MRU' WHEN regexp_matches(${t}, '(?i)usd|\\$') THEN 'USD' WHEN regexp_matches(${t}, '(?i)eur|€') THEN 'EUR' END`;
}

/** Resolves 'FCFA' (and a missing currency) with the country: XAF in Central Africa, else XOF. */
export function resolveCurrency(currency: string, country: string): string {
	const defaults = COUNTRIES.map((c) => `WHEN ${sqlString(c.iso3)} THEN ${sqlString(c.currency)}`);
	const xaf = XAF_COUNTRIES.map(sqlString).join(', ');
	return `CASE WHEN ${currency} = 'FCFA' THEN CASE WHEN ${country} IN (${xaf}) THEN 'XAF' ELSE 'XOF' END WHEN ${currency} IS NOT NULL THEN ${currency} ELSE CASE ${country} ${defaults.join(' ')} END END`;
}
