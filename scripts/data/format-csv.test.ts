import { describe, expect, it } from 'vitest';
import { formatCsv } from './format-csv.ts';

describe('formatCsv', () => {
	it('writes numbers with String(n), null as empty, \\n line ends and a final newline', () => {
		expect(
			formatCsv(
				['a', 'b'],
				[
					[0.0275271658139503, null],
					[620762000000, 'ok']
				]
			)
		).toBe('a,b\n0.0275271658139503,\n620762000000,ok\n');
	});

	it('quotes fields holding commas or quotes', () => {
		expect(formatCsv(['x'], [['Djibouti, Eritrea'], ['say "hi"']])).toBe(
			'x\n"Djibouti, Eritrea"\n"say ""hi"""\n'
		);
	});
});
