/**
 * The kinds of data and their canonical tables: what pages that never parse a file need to know
 * (the layout, the provenance notice, the views' defaults). Kept apart from `field-specs.ts` so
 * they do not pull the fields' zod definition into every page's first download.
 */
export const DATA_KINDS = ['budget', 'contracts', 'oversight'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** Canonical table each kind is loaded into. */
export const KIND_TABLES: Record<DataKind, string> = {
	budget: 'budget_lines',
	contracts: 'contracts',
	oversight: 'oversight_events'
};

/** Budget lines need at least one of these amounts. */
export const BUDGET_STAGES = ['approved', 'revised', 'executed'] as const;

/** Type guard for user input such as `--kind`. */
export function isDataKind(value: unknown): value is DataKind {
	return typeof value === 'string' && (DATA_KINDS as readonly string[]).includes(value);
}
