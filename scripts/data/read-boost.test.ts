import { describe, expect, it } from 'vitest';
import { readBoostExtract } from './read-boost.ts';

// First line of the real extract (CRLF as in the file), sector typo "Toatal" included.
const HEADER =
	'region,country_name,country_code,lending_category,year,approved_value,budget_line,sector,executed_value,execution_ratio,spending_type';
const LINE =
	'SSA,Burkina Faso,BFA,IDA,2006,870511050000.0,Spending: Total Expenditures,Toatal,862232817592.0,99.04903764196905,total';

describe('readBoostExtract', () => {
	it('maps a line to the tidy columns without changing any value', () => {
		expect(readBoostExtract(`${HEADER}\r\n${LINE}\r\n`)).toEqual([
			{
				country: 'BFA',
				year: 2006,
				budget_line: 'Spending: Total Expenditures',
				sector: 'Toatal',
				spending_type: 'total',
				approved: 870511050000,
				executed: 862232817592
			}
		]);
	});

	it('throws on an empty amount instead of writing a zero', () => {
		expect(() => readBoostExtract(`${HEADER}\n${LINE.replace('870511050000.0', '')}\n`)).toThrow(
			/bad BOOST number/
		);
	});
});
