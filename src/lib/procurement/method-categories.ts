/**
 * The categories the procurement view sorts contracts into, from most to least competitive.
 * A stated method (OCDS procurementMethod) keeps its own category, even under the derogatory
 * regime; a contract under the derogatory / defence-secret regime with no stated method is
 * `derogation` (real « marchés spéciaux » state none), never folded into `none`, which is left
 * for a contract that states neither. `base.sql` applies the same rule in SQL.
 */
export const METHOD_ORDER = [
	'open',
	'selective',
	'limited',
	'direct',
	'derogation',
	'none'
] as const;

export type MethodCategory = (typeof METHOD_ORDER)[number];

/** The OCDS methods a contract can state (the canonical `method` column's codes). */
const STATED: readonly string[] = METHOD_ORDER.slice(0, 4);

/** The category of a contract: its stated method, else `derogation` or `none`. */
export function methodCategory(method: string | null, derogation: boolean | null): MethodCategory {
	if (method && STATED.includes(method)) return method as MethodCategory;
	return derogation ? 'derogation' : 'none';
}
