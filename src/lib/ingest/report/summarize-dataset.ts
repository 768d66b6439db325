/**
 * The JSON summary of one imported dataset (`vigie summary --json`, and the totals the import
 * page shows), from SQL files shared by browser and terminal.
 */
import type { Engine } from '../../db/engine.ts';
import type { DataKind } from '../fields/field-specs.ts';
import budgetSql from './summary-budget.sql?raw';
import contractsSql from './summary-contracts.sql?raw';
import oversightSql from './summary-oversight.sql?raw';

type Stages = { approved: number | null; revised: number | null; executed: number | null };
export interface BudgetSummary {
	kind: 'budget';
	rows: number;
	by_year: Record<string, Stages>;
}
/** Method categories: the stated method, the derogatory regime with none stated, or unknown. */
export const METHODS = ['open', 'selective', 'limited', 'direct', 'derogation', 'unknown'] as const;
export interface ContractsSummary {
	kind: 'contracts';
	rows: number;
	total: number;
	by_year: Record<string, number>;
	by_method: Record<(typeof METHODS)[number], number>;
	derogation: number;
	/**
	 * Contracting processes with no award yet (OCDS tender or planning stage), when there are any:
	 * in `rows`, in no value.
	 */
	not_awarded?: number;
}
export interface OversightSummary {
	kind: 'oversight';
	rows: number;
	by_year: Record<string, number>;
}
export type DatasetSummary = BudgetSummary | ContractsSummary | OversightSummary;

/** The summary of dataset `datasetId` (as printed by `vigie summary --json`). */
export async function summarizeDataset(
	engine: Engine,
	kind: DataKind,
	datasetId: string
): Promise<DatasetSummary> {
	if (kind === 'budget') {
		const rows = await engine.query<Stages & { year: number; rows: number }>(budgetSql, [
			datasetId
		]);
		const by_year = Object.fromEntries(
			rows.map(({ year, approved, revised, executed }) => [year, { approved, revised, executed }])
		);
		return { kind, rows: rows.reduce((n, r) => n + r.rows, 0), by_year };
	}
	if (kind === 'oversight') {
		const rows = await engine.query<{ year: number; rows: number }>(oversightSql, [datasetId]);
		return {
			kind,
			rows: rows.reduce((n, r) => n + r.rows, 0),
			by_year: Object.fromEntries(rows.map((r) => [r.year, r.rows]))
		};
	}
	const rows = await engine.query<{
		dimension: string;
		key: string | null;
		rows: number;
		value: number;
	}>(contractsSql, [datasetId]);
	const pick = (dimension: string) => rows.filter((r) => r.dimension === dimension);
	const total = pick('total')[0];
	const by_method = Object.fromEntries(METHODS.map((m) => [m, 0])) as ContractsSummary['by_method'];
	for (const r of pick('method')) by_method[r.key as keyof typeof by_method] = r.value;
	const by_year = Object.fromEntries(
		pick('year')
			.sort((a, b) => Number(a.key) - Number(b.key))
			.map((r) => [r.key, r.value])
	);
	const notAwarded = pick('not_awarded')[0]?.rows ?? 0;
	return {
		kind,
		rows: total?.rows ?? 0,
		total: total?.value ?? 0,
		by_year,
		by_method,
		derogation: pick('derogation')[0]?.value ?? 0,
		...(notAwarded > 0 && { not_awarded: notAwarded })
	};
}
