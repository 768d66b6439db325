import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** SIPRI military spending as a share of GDP and of government spending, and per capita. */
export const milexBurden = defineIndicator({
	id: 'milex-burden',
	family: 'spending-burden',
	sql,
	tables: ['milex'],
	unit: 'share',
	measureUnits: { per_capita_usd: 'usd' },
	direction: 'neutral',
	source: {
		framework: 'SIPRI Military Expenditure Database',
		indicator: 'Share of GDP; share of government spending; per capita (current US$)',
		edition: 'SIPRI Milex 1949–2024 (2025 release)',
		url: 'https://www.sipri.org/databases/milex'
	},
	about: { fr, en }
});
