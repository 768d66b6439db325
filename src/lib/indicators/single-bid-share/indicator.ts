import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Share of open and selective tenders that received a single bid (red flag R018). */
export const singleBidShare = defineIndicator({
	id: 'single-bid-share',
	family: 'procurement',
	sql,
	tables: ['contracts'],
	unit: 'share',
	direction: 'lower-is-better',
	source: {
		framework: 'Open Contracting Partnership, Cardinal red-flag indicators',
		indicator: 'R018 Single bid received',
		edition: 'Cardinal documentation, 2024',
		url: 'https://cardinal.readthedocs.io/en/latest/cli/indicators/'
	},
	about: { fr, en }
});
