/**
 * Indicator parameters written as text (CLI `--param`, URL query):
 * `short-tender-period.threshold_days=10` → `{ 'short-tender-period': { threshold_days: 10 } }`.
 * `null` is accepted (a parameter whose NULL has a meaning). Throws on anything else.
 */
export type ParamOverrides = Record<string, Record<string, number | null>>;

export function parseParamSpecs(specs: readonly string[]): ParamOverrides {
	const params: ParamOverrides = {};
	for (const spec of specs) {
		const match = /^([a-z0-9-]+)\.([a-z0-9_]+)=(.+)$/.exec(spec.trim());
		const value = match?.[3] === 'null' ? null : Number(match?.[3]);
		if (!match || (value !== null && !Number.isFinite(value)))
			throw new Error(`Bad parameter "${spec}" (expected ID.NAME=NUMBER)`);
		(params[match[1]!] ??= {})[match[2]!] = value;
	}
	return params;
}
