import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Contracts in a run of sub-threshold awards to one supplier that together pass it. */
export const possibleSplitting = defineIndicator({
	id: 'possible-splitting',
	family: 'procurement',
	sql,
	tables: ['contracts'],
	unit: 'count',
	direction: 'lower-is-better',
	params: [
		{ name: 'window_days', default: 30, unit: 'days' },
		// illustrative (FCFA): replace by the national open-tender threshold of the procurement code
		{ name: 'threshold', default: 20_000_000, unit: 'amount' }
	],
	source: {
		framework: 'Open Contracting Partnership, Red flags in public procurement',
		indicator: 'Contract splitting to stay under thresholds (fractionnement)',
		edition: 'OCP red-flags guide, 2024',
		url: 'https://www.open-contracting.org/resources/red-flags-in-public-procurement-a-guide-to-using-data-to-detect-and-mitigate-risks/'
	},
	about: { fr, en }
});
