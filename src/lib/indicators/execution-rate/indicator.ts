import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Budget execution rate, executed ÷ approved and ÷ revised, by institution and category. */
export const executionRate = defineIndicator({
	id: 'execution-rate',
	family: 'budget-credibility',
	sql,
	tables: ['budget_lines'],
	unit: 'ratio',
	direction: 'closer-to-one-is-better',
	source: {
		framework: 'PEFA',
		indicator: 'PI-1 / PI-2 (execution ratio underlying both)',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
