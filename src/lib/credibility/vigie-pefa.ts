/**
 * Vigie's PEFA-style PI-1 and PI-2 per country, as the view sets them beside the official
 * scores: the latest year that has a PI-1 letter (else the latest year with a value), with that
 * year's PI-1, PI-2.1 (institutions) and PI-2.2 (categories) results and the three years each
 * letter was decided on (`scoredYears`). Pure.
 */
import type { IndicatorResult } from '../indicators/define-indicator.ts';

export const PI1_ID = 'pefa-pi1-aggregate-outturn';
export const PI2_ID = 'pefa-pi2-composition-variance';

export type VigiePefa = {
	country: string;
	year: number;
	pi1?: IndicatorResult;
	/** PI-2.1: composition variance across institutions. */
	pi21?: IndicatorResult;
	/** PI-2.2: composition variance across economic categories. */
	pi22?: IndicatorResult;
};

export function latestVigiePefa(results: readonly IndicatorResult[]): VigiePefa[] {
	const countries = [...new Set(results.map((r) => r.country))].sort();
	return countries.flatMap((country) => {
		const pi1 = results.filter((r) => r.country === country && r.id === PI1_ID && r.value !== null);
		const scored = pi1.filter((r) => r.score);
		const pick = (scored.length ? scored : pi1).sort((a, b) => b.year - a.year)[0];
		if (!pick) return [];
		const at = (measure: string) =>
			results.find(
				(r) =>
					r.country === country && r.id === PI2_ID && r.measure === measure && r.year === pick.year
			);
		return [{ country, year: pick.year, pi1: pick, pi21: at('institution'), pi22: at('category') }];
	});
}
