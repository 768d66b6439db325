/**
 * The Cardinal codes that fire on a few given contracts (a page of the procurement view's flagged
 * table), with Cardinal's default settings: the same SQL as `vigie flags`, run on those rows only.
 */
import type { Engine } from '../db/engine.ts';
import { DEFAULT_FLAG_SETTINGS } from './cardinal-settings.ts';
import { contractFlags, type FlagCode } from './contract-flags.ts';

export type ContractKey = { dataset_id: string; source_row: number };

export const contractKey = (c: ContractKey) => `${c.dataset_id}\u001f${c.source_row}`;

/** Codes per contract (`contractKey`), sorted; a contract with none is absent. */
export async function cardinalCodesOf(
	engine: Engine,
	contracts: ContractKey[]
): Promise<Map<string, FlagCode[]>> {
	const codes = new Map<string, FlagCode[]>();
	if (contracts.length === 0) return codes;
	const match = contracts.map(() => '(dataset_id = ? AND source_row = ?)').join(' OR ');
	const within = {
		sql: `SELECT * FROM main.contracts WHERE ${match}`,
		params: contracts.flatMap((c) => [c.dataset_id, c.source_row])
	};
	for (const flag of await contractFlags(engine, DEFAULT_FLAG_SETTINGS, within)) {
		const key = contractKey(flag);
		codes.set(key, [...(codes.get(key) ?? []), flag.code].sort());
	}
	return codes;
}
