import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Share of the defence and security budget in classified lines, banded GDI-style. */
export const classifiedShare = defineIndicator({
	id: 'classified-share',
	family: 'secrecy',
	sql,
	tables: ['budget_lines'],
	unit: 'share',
	direction: 'lower-is-better',
	// 'not_public' comes from the SQL when no line states whether it is classified
	bands: [
		{ score: 'le1', atMost: 0.01 },
		{ score: 'le3', above: 0.01, atMost: 0.03 },
		{ score: 'le8', above: 0.03, atMost: 0.08 },
		{ score: 'gt8', above: 0.08 }
	],
	source: {
		framework: 'Transparency International, Government Defence Integrity Index',
		indicator:
			'Q26 Percentage of defence and security expenditure on secret items (financial risk)',
		edition: 'GDI 2020',
		url: 'https://ti-defence.org/gdi/'
	},
	about: { fr, en }
});
