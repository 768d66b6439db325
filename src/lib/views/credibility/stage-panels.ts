/**
 * Shapes the yearly stage totals into chart panels (one per country and currency: amounts in two
 * currencies are never drawn on one scale) and lays the panels out in a grid.
 */
export type Stage = 'approved' | 'revised' | 'executed';
export type StageBar = { year: number; values: Partial<Record<Stage, number | null>> };
export type StagePanel = { key: string; country: string; currency: string; bars: StageBar[] };

type TotalRow = { country: string; currency: string; year: number } & Partial<
	Record<Stage, number | null>
>;

/** Groups rows (sorted by country, currency, year) into panels, keeping only `stages`. */
export function buildStagePanels(rows: TotalRow[], stages: readonly Stage[]): StagePanel[] {
	const panels = new Map<string, StagePanel>();
	for (const row of rows) {
		const key = `${row.country}.${row.currency}`;
		let panel = panels.get(key);
		if (!panel) {
			panel = { key, country: row.country, currency: row.currency, bars: [] };
			panels.set(key, panel);
		}
		const values: StageBar['values'] = {};
		for (const stage of stages) values[stage] = row[stage] ?? null;
		panel.bars.push({ year: row.year, values });
	}
	return [...panels.values()];
}

/** Columns of the small-multiple grid: about 340 px per panel, never more than the panels. */
export function gridColumns(width: number, panels: number): number {
	return Math.max(1, Math.min(panels, Math.floor(width / 340)));
}

/** Years to label on a narrow axis: every `step`-th, so labels (≈ 34 px each) never collide. */
export function labelledYears(years: number[], bandWidth: number): number[] {
	const step = Math.max(1, Math.ceil(38 / Math.max(bandWidth, 1)));
	return years.filter((_, i) => (years.length - 1 - i) % step === 0);
}
