import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Share of contract value and count awarded under the defence-secret derogation. */
export const derogationShare = defineIndicator({
	id: 'derogation-share',
	family: 'secrecy',
	sql,
	tables: ['contracts'],
	unit: 'share',
	direction: 'lower-is-better',
	source: {
		framework: 'Transparency International GDI',
		indicator:
			'Q64 Open competition versus single sourcing, and scrutiny of restricted procedures (context)',
		edition: 'Government Defence Integrity Index 2020',
		url: 'https://ti-defence.org/gdi/'
	},
	about: { fr, en }
});
