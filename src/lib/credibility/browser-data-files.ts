/**
 * Browser side of `real-tables.ts`: the real files fetched from the site itself (bundled by Vite
 * with `?url`, as `browser-trends.ts` does for SIPRI).
 */
import type { DataFileReader, RealFile } from './real-tables.ts';
import boostUrl from '../../../data/boost-budget-execution.csv?url';
import scoresUrl from '../../../data/governance-scores.csv?url';
import budgetsUrl from '../../../data/national-budgets.csv?url';
import eventsUrl from '../../../data/events.csv?url';

const URLS: Record<RealFile, string> = {
	'boost-budget-execution.csv': boostUrl,
	'governance-scores.csv': scoresUrl,
	'national-budgets.csv': budgetsUrl,
	'events.csv': eventsUrl
};

export const fetchDataFile: DataFileReader = async (file) => {
	const response = await fetch(URLS[file]);
	if (!response.ok) throw new Error(`${URLS[file]}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
};
