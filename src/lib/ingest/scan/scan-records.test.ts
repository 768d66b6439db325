import { describe, expect, it } from 'vitest';
import { RecordScanner } from './record-scanner.ts';
import { scanRecords } from './scan-records.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
/** File line of record k, as the SQL ASOF join computes it. */
const lineOf = (segments: Array<{ firstRecord: number; offset: number }>, k: number) =>
	k + segments.filter((s) => s.firstRecord <= k).at(-1)!.offset;

describe('scanRecords', () => {
	it('numbers records by file line across blank lines and multi-line quoted cells', () => {
		// line 1 blank, 2 header, 3–4 one record (quoted newline), 5 blank, 6 record, 7 "  ", 8 record
		const scan = scanRecords(bytes('\na;b\r\n"x\r\ny";1\r\n\r\nz;2\r\n  \r\nw;3'), ';');
		expect(scan.headerLine).toBe(2);
		expect(scan.recordCount).toBe(3);
		expect([0, 1, 2].map((k) => lineOf(scan.segments, k))).toEqual([3, 6, 8]);
		expect(scan.malformed).toEqual([]);
	});

	it('cuts out lines whose field count differs from the header and reports them', () => {
		const scan = scanRecords(bytes('a,b,c\n1,2,3\n4,5,6,7\n8,9\n10,11,12\n'), ',');
		expect(scan.malformed).toEqual([
			{ line: 3, fields: 4, text: '4,5,6,7' },
			{ line: 4, fields: 2, text: '8,9' }
		]);
		expect(text(scan.data)).toBe('1,2,3\n10,11,12\n');
		expect([0, 1].map((k) => lineOf(scan.segments, k))).toEqual([2, 5]);
	});

	it('counts the records made of delimiters only (Excel\'s ";;;;" rows), CRLF or not', () => {
		const scan = scanRecords(bytes('a;b;c\r\n1;2;3\r\n;;\r\n;x;\r\n;;\n;; \n'), ';');
		// ";x;" holds a cell and ";; " a space: only the two bare ";;" rows are empty.
		expect([scan.recordCount, scan.emptyRecords]).toEqual([5, 2]);
	});

	it('does not count delimiters inside quotes, and keeps escaped quotes', () => {
		const scan = scanRecords(bytes('a;b\n"x;""y""";2\n'), ';');
		expect(scan.fieldCount).toBe(2);
		expect(scan.recordCount).toBe(1);
		expect(text(scan.data)).toBe('"x;""y""";2\n');
	});

	it('returns the data as a view when nothing is cut out', () => {
		const file = bytes('a\tb\n1\t2\n3\t4');
		const scan = scanRecords(file, '\t');
		expect(scan.data.buffer).toBe(file.buffer);
		expect(text(scan.data)).toBe('1\t2\n3\t4');
	});

	it('gives the same result in slices of a few bytes as in one go', () => {
		// blank lines, a quoted newline and a short line, cut by 5-byte slices at many odd places
		const file = bytes('\na;b\r\n"x\r\ny";1\r\n\r\nz;2\r\nshort\r\n  \r\nw;3');
		const scanner = new RecordScanner(file, ';');
		while (!scanner.finished) scanner.scan(scanner.position + 5);
		const sliced = scanner.result();
		expect({ ...sliced, data: text(sliced.data) }).toEqual({
			...scanRecords(file, ';'),
			data: '"x\r\ny";1\r\nz;2\r\nw;3\n'
		});
	});

	it('takes a lone CR (old Mac) as a line break, outside quotes and at the end of the file', () => {
		// line 1 header, 2 "1;2", 3 blank (CR CR), 4 quoted cell holding a CR, 5 "5;6" then a final CR
		const file = bytes('a;b\r1;2\r\r"x\ry";3\r\n5;6\r');
		const scan = scanRecords(file, ';');
		expect(scan.recordCount).toBe(3);
		expect([0, 1, 2].map((k) => lineOf(scan.segments, k))).toEqual([2, 4, 6]);
		// The ending CRs become LF in a copy; the CR inside the quoted cell stays.
		expect(text(scan.data)).toBe('1;2\n"x\ry";3\r\n5;6\n');
		expect(text(file)).toBe('a;b\r1;2\r\r"x\ry";3\r\n5;6\r');
	});

	it('reports a short line ended by a lone CR without its CR', () => {
		const scan = scanRecords(bytes('a,b\nonly\r1,2\n'), ',');
		expect(scan.malformed).toEqual([{ line: 2, fields: 1, text: 'only' }]);
		expect(text(scan.data)).toBe('1,2\n');
	});

	it('cuts the data into parts at record boundaries, never inside a quoted line break', () => {
		// kept: "1;2⏎" (4 bytes), "\"x⏎y\";3⏎" (8), "4;5⏎" (4), "6;7⏎" (4); blank and "bad" cut out.
		// With parts of 5 bytes: record 1 starts at 4 (< 5, same part), record 2 at 12 (new part),
		// record 3 at 16 (only 4 bytes into the part: same part).
		const scan = scanRecords(bytes('a;b\n1;2\n"x\ny";3\n\n4;5\nbad\n6;7\n'), ';', 5);
		// The first part holds a line break in a cell: its text cells may need collapsing.
		expect(scan.parts).toEqual([
			{ start: 0, firstRecord: 0, cells: { edgeSpace: false, breaksOrRuns: true } },
			{ start: 12, firstRecord: 2, cells: { edgeSpace: false, breaksOrRuns: false } }
		]);
		expect(text(scan.data.subarray(0, 12))).toBe('1;2\n"x\ny";3\n');
		expect(text(scan.data.subarray(12))).toBe('4;5\n6;7\n');
	});
});
