/**
 * The five ways the trend chart can show SIPRI's series. `series` ids are the ones written by
 * the data converter into `data/sipri-milex.csv`; `kind` decides formatting; `sourceScale` is the
 * unit of the stored values in currency units (SIPRI publishes US$ in millions, local currency in units).
 */
export const MEASURES = [
	{
		id: 'usd_constant_2023',
		series: 'usd_constant_2023',
		kind: 'money',
		currency: 'USD',
		sourceScale: 1e6
	},
	{ id: 'lcu_current', series: 'lcu_current', kind: 'money', currency: 'local', sourceScale: 1 },
	{ id: 'share_gdp', series: 'share_gdp', kind: 'fraction', currency: null, sourceScale: 1 },
	{ id: 'share_gov', series: 'share_gov', kind: 'fraction', currency: null, sourceScale: 1 },
	{ id: 'per_capita_usd', series: 'per_capita_usd', kind: 'money', currency: 'USD', sourceScale: 1 }
] as const;

export type Measure = (typeof MEASURES)[number];
export type MeasureId = Measure['id'];

export const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'] as const;
export type G5Country = (typeof G5)[number];

export function findMeasure(id: string | null | undefined): Measure | undefined {
	return MEASURES.find((m) => m.id === id);
}
