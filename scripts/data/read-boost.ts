import Papa from 'papaparse';

/** One BOOST line: approved and executed amounts in nominal local currency. */
export interface BoostRow {
	country: string;
	year: number;
	budget_line: string;
	sector: string;
	spending_type: string;
	approved: number;
	executed: number;
}

const REQUIRED = [
	'country_code',
	'year',
	'budget_line',
	'sector',
	'spending_type',
	'approved_value',
	'executed_value'
];

/**
 * Reads the G5 BOOST extract. Values are kept as they are (only `870511050000.0` becomes
 * `870511050000` when written); `execution_ratio` is dropped because it is executed/approved×100.
 * Throws on a missing column or a non-numeric amount.
 */
export function readBoostExtract(text: string): BoostRow[] {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	});
	const fields = parsed.meta.fields ?? [];
	const absent = REQUIRED.filter((f) => !fields.includes(f));
	if (absent.length) throw new Error(`BOOST extract lacks ${absent.join(', ')}`);
	return parsed.data.map((r) => ({
		country: r['country_code'] as string,
		year: toNumber(r['year']),
		budget_line: r['budget_line'] as string,
		sector: r['sector'] as string,
		spending_type: r['spending_type'] as string,
		approved: toNumber(r['approved_value']),
		executed: toNumber(r['executed_value'])
	}));
}

function toNumber(raw: string | undefined): number {
	const value = Number((raw ?? '').trim());
	if ((raw ?? '').trim() === '' || !Number.isFinite(value))
		throw new Error(`bad BOOST number ${raw}`);
	return value;
}
