import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Share of contract value and count awarded by competitive methods; PEFA PI-24.2 bands. */
export const competitiveShare = defineIndicator({
	id: 'competitive-share',
	family: 'procurement',
	sql,
	tables: ['contracts'],
	unit: 'share',
	direction: 'higher-is-better',
	bands: [
		{ score: 'A', atLeast: 0.8 },
		{ score: 'B', atLeast: 0.7 },
		{ score: 'C', atLeast: 0.6 },
		{ score: 'D' }
	],
	bandMeasure: 'value',
	source: {
		framework: 'PEFA',
		indicator: 'PI-24.2 Procurement methods',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
