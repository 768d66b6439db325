/**
 * Test helper: the demo contracts parsed by plain JavaScript (no SQL), so the procurement
 * queries can be checked against figures computed another way. The demo file has no quoted
 * fields (checked), so splitting on commas is exact.
 */
import { readFileSync } from 'node:fs';

export type DemoContract = {
	source_row: number;
	country: string;
	buyer: string;
	/** The stated OCDS method, or 'none'. */
	method: string;
	/** The procurement view's category: the stated method, else 'derogation' or 'none'. */
	category: string;
	derogation: boolean;
	supplier: string;
	amount: number;
	year: number;
	tenderers: number | null;
	days: number | null;
	amendments: number | null;
	amended: number | null;
};

const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

export function readDemoContracts(path = 'data/demo/contracts.csv'): DemoContract[] {
	const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
	const cols = head!.split(',');
	return lines.map((line) => {
		const cell = Object.fromEntries(line.split(',').map((v, i) => [cols[i], v]));
		if (line.includes('"')) throw new Error('quoted field: this helper cannot parse it');
		return {
			source_row: Number(cell.source_row),
			country: cell.country!,
			buyer: cell.buyer!,
			method: cell.method || 'none',
			// the rule of method-categories.ts, restated here so the test does not reuse it
			category: cell.method || (cell.derogation === 'true' ? 'derogation' : 'none'),
			derogation: cell.derogation === 'true',
			supplier: cell.supplier!,
			amount: Number(cell.amount),
			year: Number(cell.award_date!.slice(0, 4)),
			tenderers: orNull(cell.tenderers),
			days: orNull(cell.tender_period_days),
			amendments: orNull(cell.amendments),
			amended: orNull(cell.amended_amount)
		};
	});
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Constant-2023-US$ per unit of local currency from SIPRI's two series, as "COUNTRY:YEAR". */
export function sipriRates(path = 'data/sipri-milex.csv'): Map<string, number> {
	const values = new Map<string, number>();
	for (const line of readFileSync(path, 'utf8').trim().split('\n').slice(1)) {
		const [country, year, series, value] = line.split(',');
		if (value) values.set(`${country}:${year}:${series}`, Number(value));
	}
	const rates = new Map<string, number>();
	for (const [key, lcu] of values) {
		const [country, year, series] = key.split(':');
		const usd = values.get(`${country}:${year}:usd_constant_2023`);
		if (series === 'lcu_current' && usd && lcu > 0)
			rates.set(`${country}:${year}`, (usd * 1e6) / lcu);
	}
	return rates;
}
