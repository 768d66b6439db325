import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Growth of contract value through amendments (avenants), where final values are given. */
export const amendmentGrowth = defineIndicator({
	id: 'amendment-growth',
	family: 'procurement',
	sql,
	tables: ['contracts'],
	unit: 'growth',
	direction: 'lower-is-better',
	source: {
		framework: 'Open Contracting Partnership, Red flags in public procurement',
		indicator: 'Contract amendments increasing the value (implementation-phase red flag)',
		edition: 'OCP red-flags guide, 2024',
		url: 'https://www.open-contracting.org/resources/red-flags-in-public-procurement-a-guide-to-using-data-to-detect-and-mitigate-risks/'
	},
	about: { fr, en }
});
