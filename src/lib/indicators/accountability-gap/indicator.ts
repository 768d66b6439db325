import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Spending growth against audit coverage, with secrecy and non-competitive shares beside. */
export const accountabilityGap = defineIndicator({
	id: 'accountability-gap',
	family: 'accountability',
	sql,
	tables: ['budget_lines', 'contracts', 'oversight_events'],
	unit: 'share',
	measureUnits: { spending_growth: 'growth' },
	direction: 'neutral',
	params: [
		// Vigie's conventions, not a framework's: documented in about.*.md and adjustable
		{ name: 'growth_threshold', default: 0.05, unit: 'growth' },
		{ name: 'coverage_threshold', default: 0.5, unit: 'share' }
	],
	source: {
		framework: 'Vigie (built from PEFA 2016 PI-30.1, TI GDI 2020 Q26, PEFA PI-24.2)',
		indicator: 'Accountability-gap matrix',
		edition: 'Vigie methodology, 2026'
	},
	about: { fr, en }
});
