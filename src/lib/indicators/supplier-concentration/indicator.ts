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
	// OCP's market-performance guide defines market concentration (HHI); Cardinal has no
	// concentration indicator (its R036 and R048 are about disqualified bids and suppliers' variety)
	source: {
		framework: 'Open Contracting Partnership, indicators of procurement market performance',
		indicator: 'Market concentration (Herfindahl-Hirschman index), per buyer',
		edition: 'Understanding the performance of a procurement market with indicators, OCP 2020',
		url: 'https://www.open-contracting.org/2020/08/13/new-guide-understanding-the-performance-of-a-procurement-market-with-indicators/'
	},
	about: { fr, en }
});
