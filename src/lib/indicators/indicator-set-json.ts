/**
 * The indicator set as JSON: `{ meta, results }`, results in the CLI's one-result shape
 * (result-to-json.ts). Numbers are JSON numbers at full precision.
 */
import type { IndicatorSet } from './indicator-set.ts';
import { resultToJson } from './result-to-json.ts';

export function indicatorSetToJson(set: IndicatorSet): string {
	return JSON.stringify({ meta: set.meta, results: set.results.map(resultToJson) }, null, 2) + '\n';
}
