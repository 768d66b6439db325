import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Days from fiscal-year end to publication of execution law, year-end report and audits. */
export const publicationLag = defineIndicator({
	id: 'publication-lag',
	family: 'oversight',
	sql,
	tables: ['oversight_events'],
	unit: 'days',
	direction: 'lower-is-better',
	source: {
		framework: 'PEFA',
		indicator: 'PI-9 Public access to fiscal information (elements 4 and 5)',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
