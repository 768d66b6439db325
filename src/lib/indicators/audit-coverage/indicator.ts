import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Share of executed defence and security spending covered by audit reports. */
export const auditCoverage = defineIndicator({
	id: 'audit-coverage',
	family: 'oversight',
	sql,
	tables: ['budget_lines', 'oversight_events'],
	unit: 'share',
	direction: 'higher-is-better',
	source: {
		framework: 'PEFA',
		indicator: 'PI-30.1 Audit coverage and standards (by value of expenditure)',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
