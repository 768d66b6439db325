/**
 * How a level reads in the heatmaps — one colour (`LEVEL_TONES`, src/lib/charts/palette.ts) and
 * one symbol each, so no cell rests on colour alone: a concern (weak oversight, fast growth, an
 * accountability gap) ▲ on orange, something to watch △ or ▽ on pale orange, what holds ● on
 * blue, nothing published – on white. The same reading serves the matrix on published data,
 * the matrix on imported records and the oversight scorecard.
 */
import type { LegendItem } from '../../charts/legend.ts';
import { LEVEL_TONES } from '../../charts/palette.ts';

export type Tone = keyof typeof LEVEL_TONES;
export type Reading = { tone: Tone; symbol: string };

const CONCERN: Reading = { tone: 'concern', symbol: '▲' };
const WATCH: Reading = { tone: 'watch', symbol: '△' };
const WATCH_LOW: Reading = { tone: 'watch', symbol: '▽' };
const FINE: Reading = { tone: 'fine', symbol: '●' };
export const NONE: Reading = { tone: 'none', symbol: '–' };

const READINGS: Record<string, Reading> = {
	// part levels (matrix/levels.ts) and growth levels
	weak: CONCERN,
	medium: WATCH,
	strong: FINE,
	high: CONCERN,
	moderate: WATCH,
	falling: FINE,
	// cells of the matrix on published data
	gap: CONCERN,
	rising_overseen: WATCH,
	weak_oversight: WATCH_LOW,
	overseen: FINE,
	unknown: NONE,
	// verdicts of the accountability-gap indicator on imported records
	rising_covered: WATCH,
	low_oversight: WATCH_LOW,
	covered: FINE
};

/** The reading of a level or verdict code; anything else (no data, not rated) reads as none. */
export const readingOf = (level: string | null | undefined): Reading =>
	(level && READINGS[level]) || NONE;

/** A legend item for a reading: the tone's colour with the symbol written on it. */
export const legendItem = (key: string, reading: Reading, label: string): LegendItem => ({
	key,
	label,
	colour: LEVEL_TONES[reading.tone].fill,
	symbol: reading.symbol
});

export const READING = { CONCERN, WATCH, WATCH_LOW, FINE, NONE };
