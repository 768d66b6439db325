import { defineIndicator } from '../define-indicator.ts';
import { PEFA_PI2_BANDS, scoreOverThreeYears, scorePefaPi2 } from '../score-bands.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** PEFA-style PI-2: composition variance by institution and by economic category, A–D. */
export const pefaPi2CompositionVariance = defineIndicator({
	id: 'pefa-pi2-composition-variance',
	family: 'budget-credibility',
	sql,
	tables: ['budget_lines'],
	unit: 'share',
	direction: 'lower-is-better',
	bands: PEFA_PI2_BANDS,
	score: (rows) => scoreOverThreeYears(rows, scorePefaPi2),
	source: {
		framework: 'PEFA',
		indicator: 'PI-2.1 / PI-2.2 Expenditure composition outturn',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
