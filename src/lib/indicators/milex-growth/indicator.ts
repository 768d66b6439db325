import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Real growth of SIPRI military spending: year on year, and compound between two years. */
export const milexGrowth = defineIndicator({
	id: 'milex-growth',
	family: 'spending-burden',
	sql,
	tables: ['milex'],
	unit: 'growth',
	direction: 'neutral',
	params: [
		// 2014: creation of the G5 Sahel; 2024: last year of the 2025 SIPRI release
		{ name: 'from_year', default: 2014, unit: 'year' },
		{ name: 'to_year', default: 2024, unit: 'year' }
	],
	source: {
		framework: 'SIPRI Military Expenditure Database',
		indicator: 'Military expenditure in constant (2023) US$',
		edition: 'SIPRI Milex 1949–2024 (2025 release)',
		url: 'https://www.sipri.org/databases/milex'
	},
	about: { fr, en }
});
