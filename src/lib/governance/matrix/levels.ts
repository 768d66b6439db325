/**
 * How each part of the accountability matrix is read as weak, medium or strong. The cut-offs are
 * stated here once, used by the code and written in `about/matrix.*.md`; none is hidden in SQL.
 */
export type Level = 'weak' | 'medium' | 'strong';
export type GrowthLevel = 'falling' | 'moderate' | 'high';

export const MATRIX_PARAMS = {
	/**
	 * Real growth is "high" from this compound annual rate (5 %/year ≈ +63 % over ten years), the
	 * same threshold as the accountability-gap indicator on imported records.
	 */
	growthHigh: 0.05,
	/** IBP's own bands for OBS oversight scores, on the rounded score IBP publishes. */
	obs: { weakMax: 40, mediumMax: 60 },
	/** Vigie's thirds of TI's 0–100 question scale for GDI Q26 (not a TI band). */
	gdi: { weakMax: 32, mediumMax: 66 },
	/** TI's overall bands: A–B very low and low risk, C moderate, D–F high to critical. */
	gdiBand: { strong: ['A', 'B'], medium: ['C'], weak: ['D', 'E', 'F'] },
	/** PEFA grades: B and above meet good practice, C is the basic level, D is below it. */
	pefa: {
		strong: ['A', 'B+', 'B'],
		medium: ['C+', 'C'],
		weak: ['D+', 'D', 'D*']
	}
} as const;

/** A PEFA grade as a level; NR, NA, NU (not rated, applicable, used) give null: no evidence. */
export function pefaLevel(score: string | null | undefined): Level | null {
	const { strong, medium, weak } = MATRIX_PARAMS.pefa;
	if (!score) return null;
	if ((strong as readonly string[]).includes(score)) return 'strong';
	if ((medium as readonly string[]).includes(score)) return 'medium';
	if ((weak as readonly string[]).includes(score)) return 'weak';
	return null;
}

/** A 0–100 score against `weakMax` / `mediumMax`, after rounding to the whole point. */
function banded(value: number | null | undefined, cut: { weakMax: number; mediumMax: number }) {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	const rounded = Math.round(value);
	if (rounded <= cut.weakMax) return 'weak';
	if (rounded <= cut.mediumMax) return 'medium';
	return 'strong';
}

/** An OBS oversight score (0–100): 0–40 weak, 41–60 medium ("limited"), 61–100 strong ("adequate"). */
export const obsLevel = (value: number | null | undefined): Level | null =>
	banded(value, MATRIX_PARAMS.obs);

/** A GDI question score (0–100): 0–32 weak, 33–66 medium, 67–100 strong. */
export const gdiLevel = (value: number | null | undefined): Level | null =>
	banded(value, MATRIX_PARAMS.gdi);

/** A GDI overall band (A–F) as a level; anything else gives null. */
export function gdiBandLevel(band: string | null | undefined): Level | null {
	const { strong, medium, weak } = MATRIX_PARAMS.gdiBand;
	if (!band) return null;
	if ((strong as readonly string[]).includes(band)) return 'strong';
	if ((medium as readonly string[]).includes(band)) return 'medium';
	return (weak as readonly string[]).includes(band) ? 'weak' : null;
}

/** Compound annual real growth: below 0 falling, 0 up to the threshold moderate, then high. */
export function growthLevel(cagr: number | null | undefined): GrowthLevel | null {
	if (cagr === null || cagr === undefined || !Number.isFinite(cagr)) return null;
	if (cagr < 0) return 'falling';
	return cagr >= MATRIX_PARAMS.growthHigh ? 'high' : 'moderate';
}

/**
 * Oversight strength from its available parts (OBS legislature and audit, PEFA PI-30 and
 * PI-31). Unknown with fewer than two parts. Weak when at least half the parts are weak — a
 * tie does not flatter oversight; strong when at least half are strong and none is weak;
 * medium otherwise.
 */
export function oversightLevel(levels: (Level | null)[]): Level | null {
	const known = levels.filter((l): l is Level => l !== null);
	if (known.length < 2) return null;
	const count = (l: Level) => known.filter((k) => k === l).length;
	if (2 * count('weak') >= known.length) return 'weak';
	if (2 * count('strong') >= known.length && count('weak') === 0) return 'strong';
	return 'medium';
}
