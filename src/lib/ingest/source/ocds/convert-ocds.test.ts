import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOrigin } from '../../report/row-origin.ts';
import { convertOcds } from './convert-ocds.ts';
import type { OcdsFormat } from './walk-releases.ts';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);

/** The converted rows as objects keyed by heading (the header row is the first line). */
function rowsOf(format: OcdsFormat, input: Uint8Array) {
	const source = convertOcds(format, input);
	expect(source.problem).toBeUndefined();
	const [header, ...lines] = new TextDecoder().decode(source.bytes).trimEnd().split('\n');
	const headings = header!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
	const rows = lines.map((line) =>
		Object.fromEntries(
			line
				.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
				.map((cell, i) => [headings[i]!.replace(/^"|"$/g, ''), cell.replace(/^"|"$/g, '')])
		)
	);
	return { rows, origins: source.rowOrigins, source };
}

describe('convertOcds', () => {
	it('compiles the six releases of the fictional example into one contract, counted once', () => {
		const { rows, origins, source } = rowsOf(
			'ocds-json',
			fixture('fictional-release-package.json')
		);
		expect(rows).toHaveLength(1);
		// what the import card can say: 6 releases read, 1 process (compiled), 1 award row
		expect(source.ocds).toEqual({
			unit: 'release',
			read: 6,
			processes: 1,
			compiled: 1,
			rows: 1,
			notAwarded: 0
		});
		expect(rows[0]).toMatchObject({
			ocid: 'ocds-213czf-000-00001',
			'stage (award, tender, planning)': 'award',
			'buyer/name': 'London Borough of Barnet',
			// release 3 (tenderAmendment) moved the deadline from 1 to 8 April; release 4 set the
			// tender complete with 2 tenderers; release 5 made the pending award active
			'tender/procurementMethod': 'open',
			'tender/status': 'complete',
			'tender/numberOfTenderers': '2',
			'tender/tenderPeriod/endDate': '2010-04-08T18:00:00Z',
			// 2010-03-01T09:00Z → 2010-04-08T18:00Z = 38 days 9 hours → 38 whole days
			'tender/tenderPeriod (whole days)': '38',
			'awards/value/amount': '11000000',
			'awards/value/currency': 'GBP',
			'awards/suppliers/name': 'AnyCorp Cycle Provision',
			'awards/date': '2010-05-10T10:30:00Z'
		});
		expect(JSON.parse(origins![2]!)).toEqual({
			unit: 'release',
			at: [1, 2, 3, 4, 5, 6],
			ocid: 'ocds-213czf-000-00001',
			award: 1
		});
	});

	it('gives the same rows for a release package, a record package, JSON Lines and Flatten Tool CSV', () => {
		const converted = (
			[
				['ocds-json', 'nigeria-release-package.json'],
				['ocds-json', 'nigeria-record-package.json'],
				['ocds-jsonl', 'nigeria-compiled.jsonl'],
				['ocds-csv', 'nigeria-flattened.csv']
			] as const
		).map(([format, name]) => new TextDecoder().decode(convertOcds(format, fixture(name)).bytes));
		expect(new Set(converted).size).toBe(1);
		// 11 processes, one award each (header + 11 lines)
		expect(converted[0]!.trimEnd().split('\n')).toHaveLength(12);
	});

	it('says where each row comes from: release, record, line or row, and the award', () => {
		const origin = (format: OcdsFormat, name: string) =>
			JSON.parse(convertOcds(format, fixture(name)).rowOrigins![3]!);
		const ocid = 'ocds-gyl66f-borbda-2wlmoa';
		const second = { at: [2], ocid, award: 1 };
		expect(origin('ocds-json', 'nigeria-release-package.json')).toEqual({
			unit: 'release',
			...second
		});
		expect(origin('ocds-json', 'nigeria-record-package.json')).toEqual({
			unit: 'record',
			...second
		});
		expect(origin('ocds-jsonl', 'nigeria-compiled.jsonl')).toEqual({ unit: 'line', ...second });
		// the CSV's header is its line 1: the second process is on line 3
		expect(origin('ocds-csv', 'nigeria-flattened.csv')).toEqual({
			unit: 'row',
			...second,
			at: [3]
		});
	});

	it('keeps a process with no award yet as one tender-stage row, without buyer amount', () => {
		const { rows, source } = rowsOf('ocds-json', fixture('uganda-planning-release.json'));
		expect(source.ocds).toMatchObject({ read: 1, processes: 1, rows: 1, notAwarded: 1 });
		expect(rows).toEqual([
			expect.objectContaining({
				'stage (award, tender, planning)': 'tender',
				'buyer/name': 'Courts of Judicature',
				'tender/procurementMethod': 'direct',
				'tender/status': 'planned',
				// no tender dates: the publisher's durationInDays, as published (sic)
				'tender/tenderPeriod (whole days)': '736903',
				'awards/value/amount': ''
			})
		]);
	});

	it('reads every award of a Flatten Tool row, with several suppliers joined', () => {
		const csv = [
			'ocid,buyer/name,tender/procurementMethod,awards/0/id,awards/0/value/amount,awards/0/value/currency,awards/0/suppliers/0/name,awards/1/id,awards/1/value/amount,awards/1/value/currency,awards/1/suppliers/0/name,awards/1/suppliers/1/name,awards/1/status',
			'ocds-x-1,Ministère de la Défense,open,A1,100,XOF,Alpha SARL,A2,250,XOF,Beta SA,Gamma SA,active',
			'ocds-x-2,Ministère de la Défense,open,B1,40,XOF,Delta,B2,60,XOF,Epsilon,,unsuccessful'
		].join('\n');
		const { rows, origins } = rowsOf('ocds-csv', bytes(csv));
		expect(
			rows.map((r) => [r['awards/id'], r['awards/value/amount'], r['awards/suppliers/name']])
		).toEqual([
			['A1', '100', 'Alpha SARL'],
			['A2', '250', 'Beta SA / Gamma SA'],
			['B1', '40', 'Delta'] // B2 is unsuccessful: no contract, no row
		]);
		expect(origins?.slice(2, 5).map((o) => formatOrigin(o!, 'fr'))).toEqual([
			'ligne 2 du fichier (ocds-x-1), attribution 1',
			'ligne 2 du fichier (ocds-x-1), attribution 2',
			'ligne 3 du fichier (ocds-x-2), attribution 1'
		]);
	});

	it('reads a lone record from its compiledRelease, whatever comes first in the file', () => {
		const record = `{"ocid":"ocds-r-1","releases":[{"ocid":"ocds-r-1","tender":{"title":"old"}}],
			"compiledRelease":{"ocid":"ocds-r-1","tender":{"title":"compiled","numberOfTenderers":1}}}`;
		const { rows } = rowsOf('ocds-json', bytes(record));
		expect(rows.map((r) => [r.ocid, r['tender/title']])).toEqual([['ocds-r-1', 'compiled']]);
	});
});

describe('convertOcds refuses what it cannot read, with the place to fix', () => {
	const problem = (format: OcdsFormat, text: string) => convertOcds(format, bytes(text)).problem;

	it('a record without compiledRelease names the record and its ocid', () => {
		const text =
			'{"records":[{"ocid":"ocds-a","compiledRelease":{"ocid":"ocds-a"}},{"ocid":"ocds-b","releases":[{"url":"x"}]}]}';
		expect(problem('ocds-json', text)).toMatchObject({
			code: 'no_compiled_release',
			params: { index: 2, ocid: 'ocds-b' }
		});
	});

	it('JSON with no release or record is not OCDS', () => {
		expect(problem('ocds-json', '[{"Pays":"Niger","Exercice":2022}]')?.code).toBe('not_ocds');
		expect(problem('ocds-json', '{"releases":[]}')?.code).toBe('not_ocds');
		expect(problem('ocds-jsonl', '{"a":1}\n{"b":2}\n')?.code).toBe('not_ocds');
	});

	it('a truncated package or JSON Lines file says so, with its last line', () => {
		expect(problem('ocds-json', '{"releases":[\n{"ocid":"a"},\n{"ocid":')).toMatchObject({
			code: 'truncated_json',
			params: { line: 3 }
		});
		expect(problem('ocds-jsonl', '{"ocid":"a"}\n{"ocid":"b","tender":{')).toMatchObject({
			code: 'truncated_json',
			params: { line: 2 }
		});
	});

	it('a stray character names it and its line', () => {
		expect(problem('ocds-json', '{"releases":[\n{"ocid":"a"},\n{"ocid";"b"}]}')).toMatchObject({
			code: 'invalid_json',
			value: ';',
			params: { line: 3 }
		});
		expect(problem('ocds-jsonl', '{"ocid":"a"}\n{"ocid":"b",}\n{"ocid":"c"}')).toMatchObject({
			code: 'invalid_json',
			value: '}',
			params: { line: 2 }
		});
	});
});
