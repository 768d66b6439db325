/**
 * Picks from a country's published governance data, shared by its findings and its scorecard:
 * the national budget figure a finding quotes, a PEFA code's score, the GDI band to show.
 */
import type { BudgetFigure, BudgetScope, BudgetStage } from '../governance/budgets-events.ts';
import type { GdiValue, PefaScore } from '../governance/scores.ts';

/** Scopes a finding may quote, widest first: the one that best compares with SIPRI's total. */
const QUOTED_SCOPES: BudgetScope[] = ['defence_security', 'defence', 'defence_ministry'];
/** A finance law as voted first: revisions and execution come later and are rarer. */
const STAGE_ORDER: BudgetStage[] = ['voted', 'revised', 'executed', 'proposed'];

/**
 * The latest single-year amount in local currency of a defence (and security) scope: the
 * latest year first, then the widest scope, then the voted stage; among several sources for the
 * same figure (they sometimes disagree, and both are kept in the data), the first in file order.
 * Shares of the state budget, programming laws (multi-year) and US$ amounts are not quoted.
 */
export function latestBudget(budgets: readonly BudgetFigure[]): BudgetFigure | undefined {
	const quotable = budgets.filter(
		(b) =>
			b.measure === 'amount' &&
			b.unit !== 'USD' &&
			b.year_end === null &&
			QUOTED_SCOPES.includes(b.scope) &&
			STAGE_ORDER.includes(b.stage)
	);
	const rank = (b: BudgetFigure) => [
		-b.year,
		QUOTED_SCOPES.indexOf(b.scope),
		STAGE_ORDER.indexOf(b.stage)
	];
	return quotable
		.map((b, i) => ({ b, key: [...rank(b), i] }))
		.sort((x, y) => {
			for (let k = 0; k < x.key.length; k++)
				if (x.key[k] !== y.key[k]) return x.key[k]! - y.key[k]!;
			return 0;
		})[0]?.b;
}

/** A PEFA indicator's or dimension's score in the country's latest assessment. */
export const pefaCode = (scores: readonly PefaScore[], code: string) =>
	scores.find((s) => s.code === code);

/** The GDI's overall band: the 2020 index's when it has a country page, else the 2015 one's. */
export function gdiBand(values: readonly GdiValue[]): GdiValue | undefined {
	const overall = values.filter((v) => v.indicator === 'overall');
	return (
		overall.find((v) => v.edition === 'GDI 2020') ?? overall.find((v) => v.edition !== 'GDI 2020')
	);
}
