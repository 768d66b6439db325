/**
 * Message keys for the short labels of indicator results, so views translate ids, units,
 * measures, groups and scores the same way: `indicators_<kind>_<code>` in snake case
 * (src/lib/i18n/areas/indicators.ts). Check with `hasMessage` before translating codes
 * that come from user data (group names such as an institution are shown as they are).
 */
export type LabelKind = 'name' | 'family' | 'unit' | 'measure' | 'group' | 'document' | 'score';

/** `indicatorLabelKey('name', 'execution-rate')` → `'indicators_name_execution_rate'`. */
export function indicatorLabelKey(kind: LabelKind, code: string): string {
	return `indicators_${kind}_${code.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}
