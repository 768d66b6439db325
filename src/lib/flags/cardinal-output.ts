/**
 * Flags in Cardinal's output shape (https://cardinal.readthedocs.io/en/latest/cli/indicators/):
 * `{"OCID": {ocid: {"R003": 1.0, "R018": 1.0}}}`. R003 and R018 are about a contracting process,
 * so only the OCID group appears (Buyer, ProcuringEntity and Tenderer come from the bid-based
 * indicators Vigie cannot compute); a process with several award rows is listed once; a group
 * with no flag is left out, as Cardinal leaves it out. Cardinal prints `1.0`, JSON gives `1`:
 * the same number.
 */
import type { ContractFlag, FlagCode } from './contract-flags.ts';

export type CardinalResult = { OCID?: Record<string, Partial<Record<FlagCode, number>>> };

export function cardinalOutput(flags: ContractFlag[]): CardinalResult {
	if (flags.length === 0) return {};
	const byProcess: NonNullable<CardinalResult['OCID']> = {};
	for (const { process, code } of flags) (byProcess[process] ??= {})[code] = 1;
	return { OCID: byProcess };
}
