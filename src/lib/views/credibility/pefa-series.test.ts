import { expect, test } from 'vitest';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import { pefaSeriesGroups } from './pefa-series.ts';

const r = (country: string, id: string, year: number, measure?: string): IndicatorResult => ({
	id,
	country,
	year,
	value: 1,
	unit: 'ratio',
	...(measure ? { measure } : {})
});

test('a group per country, PI-1 then PI-2.1 (institutions) then PI-2.2 (categories)', () => {
	const groups = pefaSeriesGroups(
		[
			r('NER', 'pefa-pi2-composition-variance', 2021, 'category'),
			r('MLI', 'pefa-pi2-composition-variance', 2021, 'institution'),
			r('MLI', 'pefa-pi1-aggregate-outturn', 2021),
			r('MLI', 'pefa-pi1-aggregate-outturn', 2022),
			r('MLI', 'pefa-pi2-composition-variance', 2021, 'category')
		],
		(id, measure) => `${id.includes('pi1') ? 'PI-1' : 'PI-2'} ${measure ?? ''}`.trim(),
		(c) => `country ${c}`
	);
	expect(groups.map((g) => [g.label, g.rows.map((s) => s.label)])).toEqual([
		['country MLI', ['PI-1', 'PI-2 institution', 'PI-2 category']],
		['country NER', ['PI-2 category']]
	]);
	expect([...groups[0]!.rows[0]!.byYear.keys()]).toEqual([2021, 2022]);
});
