/**
 * The red flags Vigie shares with Cardinal, per contract, over the canonical `contracts` table:
 * one SQL per flag (`r003.sql`, `r018.sql`), run with Cardinal's settings. Used by `vigie flags`
 * (Cardinal's output shape, `cardinal-output.ts`) and by the procurement view's table of flagged
 * contracts, so both give the same answer as Cardinal on the same data.
 */
import type { Engine } from '../db/engine.ts';
import { CONTRACTS_DDL } from '../db/tables.ts';
import type { FlagSettings } from './cardinal-settings.ts';
import r003Sql from './r003.sql?raw';
import r018Sql from './r018.sql?raw';

export type FlagCode = 'R003' | 'R018';

export interface ContractFlag {
	dataset_id: string;
	source_row: number;
	/** The contracting process: its ocid, else its reference, else `dataset:row`. */
	process: string;
	code: FlagCode;
}

/** A list as one bound parameter (the SQL splits it on chr(31)); an empty list is NULL. */
function list(values: string[]): string | null {
	return values.length ? values.join('\u001f') : null;
}

/**
 * Every flag that fires, one row per contract and flag, in file order. `within` restricts the
 * contracts looked at (a SQL relation with the columns of `contracts`; default: all of them).
 */
export async function contractFlags(
	engine: Engine,
	settings: FlagSettings,
	within?: { sql: string; params: unknown[] }
): Promise<ContractFlag[]> {
	await engine.exec(CONTRACTS_DDL);
	const scope = (sql: string) =>
		within ? `WITH contracts AS (${within.sql})\n${sql.replace(/^WITH /m, ', ')}` : sql;
	const runs: Promise<ContractFlag[]>[] = [];
	const excluded = list(settings.excluded);
	if (settings.R003) {
		const details = Object.entries(settings.R003.details);
		runs.push(
			engine.query<ContractFlag>(scope(r003Sql), [
				...(within?.params ?? []),
				settings.R003.threshold,
				list(settings.R003.methods),
				list(details.map(([key]) => key)),
				list(details.map(([, days]) => String(days))),
				excluded
			])
		);
	}
	if (settings.R018)
		runs.push(
			engine.query<ContractFlag>(scope(r018Sql), [
				...(within?.params ?? []),
				list(settings.R018.methods),
				excluded
			])
		);
	const flags = (await Promise.all(runs)).flat();
	return flags.sort(
		(a, b) =>
			a.dataset_id.localeCompare(b.dataset_id) ||
			a.source_row - b.source_row ||
			(a.code < b.code ? -1 : 1)
	);
}
