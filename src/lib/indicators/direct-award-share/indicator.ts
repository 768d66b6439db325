import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Share of contract value and count awarded directly (gré à gré). */
export const directAwardShare = defineIndicator({
	id: 'direct-award-share',
	family: 'procurement',
	sql,
	tables: ['contracts'],
	unit: 'share',
	direction: 'lower-is-better',
	source: {
		framework: 'PEFA',
		indicator: 'PI-24.2 Procurement methods (complement)',
		edition: 'PEFA 2016 Framework (revised 2019)',
		url: 'https://www.pefa.org/resources/pefa-2016-framework'
	},
	about: { fr, en }
});
