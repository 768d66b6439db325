import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Revised ÷ approved defence and security budget: how much supplementary laws moved it. */
export const revisionGap = defineIndicator({
	id: 'revision-gap',
	family: 'budget-credibility',
	sql,
	tables: ['budget_lines'],
	unit: 'ratio',
	direction: 'closer-to-one-is-better',
	source: {
		framework: 'PEFA',
		indicator: 'PI-18.4 Rules for budget adjustments by the executive (context); PI-1',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
