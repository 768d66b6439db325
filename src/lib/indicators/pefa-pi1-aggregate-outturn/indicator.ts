import { defineIndicator } from '../define-indicator.ts';
import { PEFA_PI1_BANDS, scoreOverThreeYears, scorePefaPi1 } from '../score-bands.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** PEFA-style PI-1: aggregate outturn of the defence and security votes, scored A–D. */
export const pefaPi1AggregateOutturn = defineIndicator({
	id: 'pefa-pi1-aggregate-outturn',
	family: 'budget-credibility',
	sql,
	tables: ['budget_lines'],
	unit: 'ratio',
	direction: 'closer-to-one-is-better',
	bands: PEFA_PI1_BANDS,
	score: (rows) => scoreOverThreeYears(rows, scorePefaPi1),
	source: {
		framework: 'PEFA',
		indicator: 'PI-1 Aggregate expenditure outturn',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
