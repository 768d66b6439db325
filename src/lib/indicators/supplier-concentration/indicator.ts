import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Per buyer: top-1 and top-3 supplier shares and Herfindahl index, names normalised. */
export const supplierConcentration = defineIndicator({
	id: 'supplier-concentration',
	family: 'procurement',
	sql,
	tables: ['contracts'],
	unit: 'share',
	measureUnits: { hhi: 'hhi' },
	direction: 'lower-is-better',
	source: {
		framework: 'Open Contracting Partnership, Red flags in public procurement',
		indicator: 'Market concentration (Herfindahl-Hirschman index; cf. Cardinal R036 and R048)',
		edition: 'OCP red-flags guide, 2024',
		url: 'https://www.open-contracting.org/resources/red-flags-in-public-procurement-a-guide-to-using-data-to-detect-and-mitigate-risks/'
	},
	about: { fr, en }
});
