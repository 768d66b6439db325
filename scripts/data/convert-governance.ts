import { GOVERNANCE_HEADER, governanceFields, type GovernanceRow } from './governance-row.ts';
import { readObsAvailability, readObsScores } from './read-obs.ts';
import { readPefa } from './read-pefa.ts';
import {
	BUDGET_HEADER,
	EVENT_HEADER,
	readCitedBudgets,
	readCitedEvents,
	readCitedScores,
	type BudgetRow,
	type EventRow
} from './read-cited.ts';
import type { CsvValue } from './format-csv.ts';

/** The texts the three governance tables are built from. */
export interface GovernanceTexts {
	pefa: string;
	obsScores: string;
	obsExplorer: string;
	/** The hand-compiled, cited tables (`scripts/data/cited/`), by file name. */
	cited: { scores: string; budgets: string; events: string };
}

export interface GovernanceTables {
	scores: GovernanceRow[];
	budgets: BudgetRow[];
	events: EventRow[];
}

const SOURCE_ORDER = ['pefa', 'obs', 'gdi'];

/**
 * Builds the governance scores (PEFA, OBS, GDI), the national budget figures and the dated
 * events. Rows are ordered by source, country and year (then date for events); within those,
 * the order of the files is kept, so a source file's own order shows through.
 */
export function convertGovernance(t: GovernanceTexts): GovernanceTables {
	const scores = [
		...readPefa(t.pefa),
		...readObsScores(t.obsScores),
		...readObsAvailability(t.obsExplorer),
		...readCitedScores('scripts/data/cited/governance-scores.csv', t.cited.scores)
	].sort(
		(a, b) =>
			SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source) ||
			a.country.localeCompare(b.country) ||
			a.year - b.year
	);
	const budgets = readCitedBudgets('scripts/data/cited/national-budgets.csv', t.cited.budgets).sort(
		(a, b) => a.country.localeCompare(b.country) || a.year - b.year
	);
	const events = readCitedEvents('scripts/data/cited/events.csv', t.cited.events).sort(
		(a, b) => a.country.localeCompare(b.country) || a.date.localeCompare(b.date)
	);
	return { scores, budgets, events };
}

/** The three tables as CSV header and rows, ready for {@link formatCsv}. */
export function governanceCsv(tables: GovernanceTables): Record<string, [string[], CsvValue[][]]> {
	return {
		'governance-scores.csv': [[...GOVERNANCE_HEADER], tables.scores.map(governanceFields)],
		'national-budgets.csv': [
			[...BUDGET_HEADER],
			tables.budgets.map((r) => BUDGET_HEADER.map((k) => r[k]))
		],
		'events.csv': [[...EVENT_HEADER], tables.events.map((r) => EVENT_HEADER.map((k) => r[k]))]
	};
}
