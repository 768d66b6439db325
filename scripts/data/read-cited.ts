import Papa from 'papaparse';
import { CitedRow, G5_CODES, type CitedRecord } from './cited-fields.ts';
import type { GovernanceRow } from './governance-row.ts';

import {
	EVENT_KINDS,
	MEASURES,
	SCOPES,
	STAGES,
	UNITS,
	type BudgetFigure as BudgetRow,
	type GovernanceEvent as EventRow
} from '../../src/lib/governance/vocabulary.ts';

/** The rows as converted: the app's own types, so the two cannot drift. */
export type { BudgetRow, EventRow };

function rowsOf(file: string, text: string, header: readonly string[]): CitedRow[] {
	const parsed = Papa.parse<CitedRecord>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	});
	const fields = parsed.meta.fields ?? [];
	if (fields.join(',') !== header.join(','))
		throw new Error(`${file}: header must be exactly ${header.join(',')}`);
	return parsed.data.map((record, i) => new CitedRow(file, i + 2, record));
}

const source = (r: CitedRow) => ({
	source_title: r.text('source_title'),
	source_url: r.url('source_url'),
	publisher: r.text('publisher'),
	published: r.date('published'),
	note: r.text('note', false)
});

export const BUDGET_HEADER = [
	...['country', 'year', 'year_end', 'stage', 'scope', 'measure', 'value', 'unit'],
	...['as_published', 'source_title', 'source_url', 'publisher', 'published', 'note']
] as const;

/** Reads `cited/national-budgets.csv`: amounts in currency units, shares in percent (0–100). */
export function readCitedBudgets(file: string, text: string): BudgetRow[] {
	return rowsOf(file, text, BUDGET_HEADER).map((r) => {
		const year = r.integer('year', 1960, 2100);
		const measure = r.oneOf('measure', MEASURES);
		const unit = r.oneOf('unit', UNITS);
		const value = r.number('value') as number;
		if ((measure === 'amount') === (unit === 'percent'))
			r.fail('unit', measure === 'amount' ? 'an amount needs a currency' : 'a share is in percent');
		if (measure !== 'amount' && (value < 0 || value > 100))
			r.fail('value', 'a share from 0 to 100');
		const end = r.text('year_end', false);
		return {
			country: r.oneOf('country', G5_CODES),
			year,
			year_end: end === '' ? null : r.integer('year_end', year + 1, 2100),
			stage: r.oneOf('stage', STAGES),
			scope: r.oneOf('scope', SCOPES),
			measure,
			value,
			unit,
			as_published: r.text('as_published'),
			...source(r)
		};
	});
}

export const EVENT_HEADER = [
	...['country', 'date', 'kind', 'title_fr', 'title_en'],
	...['source_title', 'source_url', 'publisher', 'published', 'note']
] as const;

/** Reads `cited/events.csv`: one dated event per row, titled in French and English. */
export function readCitedEvents(file: string, text: string): EventRow[] {
	return rowsOf(file, text, EVENT_HEADER).map((r) => ({
		country: r.oneOf('country', G5_CODES),
		date: r.date('date', { required: true, day: true }),
		kind: r.oneOf('kind', EVENT_KINDS),
		title_fr: r.text('title_fr'),
		title_en: r.text('title_en'),
		...source(r)
	}));
}

const GOVERNANCE_COLUMNS = [
	...['source', 'edition', 'country', 'year', 'indicator', 'dimension', 'score', 'value'],
	...['note', 'source_title', 'source_url', 'publisher', 'published']
] as const;

/** Reads `cited/governance-scores.csv`: GDI values and IBP pages' scores read by search. */
export function readCitedScores(file: string, text: string): GovernanceRow[] {
	return rowsOf(file, text, GOVERNANCE_COLUMNS).map((r) => ({
		source: r.oneOf('source', ['gdi', 'obs'] as const),
		edition: r.text('edition'),
		country: r.oneOf('country', G5_CODES),
		year: r.integer('year', 1990, 2100),
		indicator: r.text('indicator'),
		dimension: r.text('dimension', false),
		score: r.text('score'),
		value: r.number('value', false),
		...source(r)
	}));
}
