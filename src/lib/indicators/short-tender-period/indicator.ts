import { defineIndicator } from '../define-indicator.ts';
import sql from './query.sql?raw';
import fr from './about.fr.md?raw';
import en from './about.en.md?raw';

/** Share of open tenders with a bidding period under a threshold (red flag R003). */
export const shortTenderPeriod = defineIndicator({
	id: 'short-tender-period',
	family: 'procurement',
	sql,
	tables: ['contracts'],
	unit: 'share',
	direction: 'lower-is-better',
	params: [{ name: 'threshold_days', default: 15, unit: 'days' }],
	source: {
		framework: 'Open Contracting Partnership, Cardinal red-flag indicators',
		indicator: 'R003 Short notice to bidders to submit bids',
		edition: 'Cardinal documentation, 2024',
		url: 'https://cardinal.readthedocs.io/en/latest/cli/indicators/'
	},
	about: { fr, en }
});
