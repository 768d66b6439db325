/**
 * The columns the import page documents, read from the one definition of the canonical fields
 * (`canonical-fields.ts`): name, whether a file must give it (on every row, or on award rows
 * only) and, for a coded field, the codes it takes.
 */
import { CANONICAL_FIELDS, codeList, fieldMeta } from './canonical-fields.ts';
import type { DataKind } from './field-specs.ts';

export interface ExpectedColumn {
	name: string;
	isRequired: boolean;
	/** Required on award rows only (contracts: buyer, amount). */
	isAwardsOnly: boolean;
	codes: string[] | null;
}

export function expectedColumns(kind: DataKind): ExpectedColumn[] {
	return Object.entries(CANONICAL_FIELDS[kind].shape).map(([name, schema]) => {
		const { vigie } = fieldMeta(schema);
		return {
			name,
			isRequired: vigie.required === true,
			isAwardsOnly: vigie.awardsOnly === true,
			codes: vigie.codes ? codeList(vigie.codes) : null
		};
	});
}
