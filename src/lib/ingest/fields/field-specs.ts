/**
 * The canonical fields of each kind of data, as stored in `src/lib/db/tables.ts`, with the type
 * that decides how a cell is parsed and checked. `signature` fields are the ones that tell the
 * kinds apart when guessing what a file holds. Defined once, in zod: `canonical-fields.ts`.
 */
import type { ZodMiniType } from 'zod/mini';
import { CANONICAL_FIELDS, fieldMeta } from './canonical-fields.ts';
import type { DataKind } from './kinds.ts';

export { BUDGET_STAGES, DATA_KINDS, isDataKind, KIND_TABLES, type DataKind } from './kinds.ts';

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

/**
 * The importer's view of the canonical fields, in table order, derived from their one definition
 * (`canonical-fields.ts`, zod): name, parse type, required in a file, signature, code list.
 */
export const FIELD_SPECS: Record<DataKind, FieldSpec[]> = {
	budget: fieldSpecsOf(CANONICAL_FIELDS.budget.shape),
	contracts: fieldSpecsOf(CANONICAL_FIELDS.contracts.shape),
	oversight: fieldSpecsOf(CANONICAL_FIELDS.oversight.shape)
};

function fieldSpecsOf(shape: Record<string, ZodMiniType>): FieldSpec[] {
	return Object.entries(shape).map(([name, schema]) => ({ name, ...fieldMeta(schema).vigie }));
}
