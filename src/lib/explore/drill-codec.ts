/**
 * The one `drill=` grammar of the exploration views: which mark's source rows are open, so a
 * shared link reopens them. `drill=<chart>:<part>:<part>…` — the chart's id (lower-case letters,
 * digits, `_`), then the key parts that chart declares, each checked by its rule:
 * `classified:MLI:2021`, `document:NER:2020:audit_report`, `bar:2021:direct`,
 * `institution:NER:USD:Gendarmerie nationale`. Only the last part may hold free text (and `:`).
 *
 * One failure contract: a value that is not a drill of this view (unknown chart, wrong number of
 * parts, a part its rule refuses, too long) is `invalid`; the page ignores it and names `drill`
 * in its ignored-parameters notice. A valid drill that does not fit the current filters or
 * points to nothing on the page is *stale*; the controller ignores it with the same notice.
 * The text never reaches SQL except as bound values: views read the parts they declared.
 */
import { COUNTRIES } from '../ingest/fields/countries.ts';

export type PartRule = {
	/** What the part is, for documentation and error messages. */
	name: string;
	test: (raw: string) => boolean;
	/** Free text: allowed last only, takes the rest of the value (`:` included). */
	rest?: boolean;
};

/** The charts of a view and the parts of each one's drill. */
export type DrillGrammar = Record<string, readonly PartRule[]>;

export type Drill = { chart: string; parts: readonly string[] };

export type DrillRead =
	| { status: 'none'; drill: null }
	| { status: 'invalid'; drill: null }
	| { status: 'valid'; drill: Drill };

/** Longer than any real drill (a 160-character institution plus its prefix). */
export const MAX_DRILL_LENGTH = 200;

const KNOWN_COUNTRIES = new Set(COUNTRIES.map((c) => c.iso3));
const CHART = /^[a-z][a-z0-9_]*$/;

/** Rules for the parts views use. */
export const part = {
	country: { name: 'country', test: (v: string) => KNOWN_COUNTRIES.has(v) } as PartRule,
	year: {
		name: 'year',
		test: (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1950 && Number(v) <= 2100
	} as PartRule,
	/** ISO 4217-like code (`XOF`, `USD`). */
	currency: { name: 'currency', test: (v: string) => /^[A-Z]{3}$/.test(v) } as PartRule,
	oneOf: (name: string, values: readonly string[]): PartRule => ({
		name,
		test: (v) => values.includes(v)
	}),
	pattern: (name: string, re: RegExp): PartRule => ({ name, test: (v) => re.test(v) }),
	/** A name (institution, supplier): no control characters, 1–160 characters. */
	text: (name: string): PartRule => ({
		name,
		test: (v) => /^[^\p{Cc}]{1,160}$/u.test(v),
		rest: true
	})
};

/** Reads `raw` (the `drill` parameter, or null when absent) against a view's grammar. */
export function readDrill(raw: string | null, grammar: DrillGrammar): DrillRead {
	if (raw === null || raw === '') return { status: 'none', drill: null };
	const invalid = { status: 'invalid', drill: null } as const;
	if (raw.length > MAX_DRILL_LENGTH) return invalid;
	const colon = raw.indexOf(':');
	const chart = colon < 0 ? raw : raw.slice(0, colon);
	if (!CHART.test(chart) || !Object.hasOwn(grammar, chart)) return invalid;
	const rules = grammar[chart]!;
	const parts = splitParts(colon < 0 ? '' : raw.slice(colon + 1), rules, colon >= 0);
	if (!parts || !rules.every((rule, i) => rule.test(parts[i]!))) return invalid;
	return { status: 'valid', drill: { chart, parts } };
}

function splitParts(text: string, rules: readonly PartRule[], hasParts: boolean): string[] | null {
	if (!hasParts) return rules.length === 0 ? [] : null;
	const pieces = text.split(':');
	const last = rules.at(-1);
	if (last?.rest && pieces.length >= rules.length)
		return [...pieces.slice(0, rules.length - 1), pieces.slice(rules.length - 1).join(':')];
	return pieces.length === rules.length ? pieces : null;
}

/** The URL value of a drill: `classified:MLI:2021`. */
export const drillValue = (drill: Drill): string => [drill.chart, ...drill.parts].join(':');

/** A drill from its chart and parts (numbers written as they are). */
export const makeDrill = (chart: string, ...parts: (string | number)[]): Drill => ({
	chart,
	parts: parts.map(String)
});

/** Whether a grammar is well formed: free text last only (a test checks every view's). */
export function grammarProblems(grammar: DrillGrammar): string[] {
	return Object.entries(grammar).flatMap(([chart, rules]) => [
		...(CHART.test(chart) ? [] : [`${chart}: not a chart id`]),
		...rules.flatMap((r, i) =>
			r.rest && i < rules.length - 1 ? [`${chart}: ${r.name} not last`] : []
		)
	]);
}
