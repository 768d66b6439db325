import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Which of six key budget and accountability documents exist for each fiscal year. */
export const keyDocumentsPublished = defineIndicator({
	id: 'key-documents-published',
	family: 'oversight',
	sql,
	tables: ['oversight_events'],
	unit: 'count',
	measureUnits: { published: 'boolean' },
	direction: 'higher-is-better',
	source: {
		framework: 'PEFA',
		indicator: 'PI-9 Public access to fiscal information (basic elements 1-5)',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
