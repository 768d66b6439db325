/**
 * The canonical fields of each kind of data, as stored in `src/lib/db/tables.ts`, with the type
 * that decides how a cell is parsed and checked. `signature` fields are the ones that tell the
 * kinds apart when guessing what a file holds.
 */
export const DATA_KINDS = ['budget', 'contracts', 'oversight'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export type FieldType =
	'text' | 'year' | 'amount' | 'count' | 'date' | 'country' | 'currency' | 'code' | 'flag';

export type CodeListName =
	'sector' | 'category' | 'method' | 'body' | 'document' | 'stage' | 'tender_status';

export interface FieldSpec {
	name: string;
	type: FieldType;
	required?: boolean;
	/**
	 * Required only on rows that record an award (`stage` = `award`, the default): an OCDS
	 * contracting process with no award yet (a tender notice) has no buyer or amount to give,
	 * and still counts for the red flags on its tender (R003, R018).
	 */
	awardsOnly?: boolean;
	signature?: boolean;
	codes?: CodeListName;
}

const COMMON_COUNTRY: FieldSpec = { name: 'country', type: 'country' };
const COMMON_CURRENCY: FieldSpec = { name: 'currency', type: 'currency' };

export const FIELD_SPECS: Record<DataKind, FieldSpec[]> = {
	budget: [
		COMMON_COUNTRY,
		{ name: 'year', type: 'year', required: true },
		{ name: 'institution', type: 'text', required: true },
		{ name: 'sector', type: 'code', codes: 'sector', signature: true },
		{ name: 'category', type: 'code', codes: 'category', signature: true },
		{ name: 'programme', type: 'text', signature: true },
		{ name: 'line_label', type: 'text' },
		{ name: 'approved', type: 'amount', signature: true },
		{ name: 'revised', type: 'amount', signature: true },
		{ name: 'executed', type: 'amount', signature: true },
		COMMON_CURRENCY,
		{ name: 'classified', type: 'flag', signature: true }
	],
	contracts: [
		COMMON_COUNTRY,
		{ name: 'buyer', type: 'text', required: true, awardsOnly: true },
		{ name: 'reference', type: 'text', signature: true },
		{ name: 'title', type: 'text' },
		{ name: 'method', type: 'code', codes: 'method', signature: true },
		{ name: 'derogation', type: 'flag', signature: true },
		{ name: 'supplier', type: 'text', signature: true },
		{ name: 'amount', type: 'amount', required: true, awardsOnly: true },
		COMMON_CURRENCY,
		{ name: 'award_date', type: 'date', signature: true },
		{ name: 'tenderers', type: 'count', signature: true },
		{ name: 'tender_period_days', type: 'count', signature: true },
		{ name: 'amendments', type: 'count', signature: true },
		{ name: 'amended_amount', type: 'amount', signature: true },
		// OCDS: the contracting process, how far it went, the procedure as the publisher names it,
		// the tender's status and its submission period (`tender/tenderPeriod`).
		{ name: 'ocid', type: 'text', signature: true },
		{ name: 'stage', type: 'code', codes: 'stage' },
		{ name: 'method_details', type: 'text', signature: true },
		{ name: 'tender_status', type: 'code', codes: 'tender_status' },
		{ name: 'tender_start', type: 'date', signature: true },
		{ name: 'tender_end', type: 'date', signature: true }
	],
	oversight: [
		COMMON_COUNTRY,
		{ name: 'year_covered', type: 'year', required: true },
		{ name: 'body', type: 'code', codes: 'body', required: true, signature: true },
		{ name: 'document', type: 'code', codes: 'document', required: true, signature: true },
		{ name: 'date_published', type: 'date', signature: true },
		{ name: 'amount_covered', type: 'amount' },
		COMMON_CURRENCY
	]
};

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
