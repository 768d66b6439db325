import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectSourceFormat } from './source-format.ts';
import { isFlattenedOcds } from './flattened-ocds.ts';
import { openSource } from './open-source.ts';

const text = (s: string) => new TextEncoder().encode(s);
const OCDS = '/work/shared/data/ocds';
const hostile = (name: string) =>
	new Uint8Array(
		readFileSync(join(import.meta.dirname, '../../../../tests/fixtures/hostile', name))
	);

describe('detectSourceFormat', () => {
	test('a French budget CSV is csv, BOM or not', () => {
		expect(detectSourceFormat('b.csv', text('Pays;Année\nNiger;2022\n'))).toBe('csv');
		expect(detectSourceFormat('b.csv', text('\uFEFFPays;Année\n'))).toBe('csv');
	});
	test('a ZIP is a workbook: ODS by its uncompressed mimetype entry, otherwise xlsx', () => {
		const zip = [0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)];
		const ods = new Uint8Array([
			...zip,
			...text('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')
		]);
		expect(detectSourceFormat('x.ods', ods)).toBe('ods');
		expect(detectSourceFormat('x.csv', hostile('zip-bomb.csv'))).toBe('xlsx');
	});
	test('an OLE2 compound file is a legacy xls workbook', () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
		expect(detectSourceFormat('old.xls', ole)).toBe('xls');
	});
	test('a release package (pretty-printed JSON) is ocds-json', () => {
		const bytes = new Uint8Array(
			readFileSync(join(OCDS, 'fictional-example/ocds-213czf-000-00001.json'))
		);
		expect(detectSourceFormat('release.json', bytes)).toBe('ocds-json');
		expect(detectSourceFormat('a.csv', hostile('json-array.csv'))).toBe('ocds-json');
	});
	test('one JSON object per line is ocds-jsonl, by content or by name', () => {
		const lines = text('{"ocid":"a","tender":{}}\n{"ocid":"b"}\n');
		expect(detectSourceFormat('r.json', lines)).toBe('ocds-jsonl');
		expect(detectSourceFormat('one.jsonl', text('{"ocid":"a"}'))).toBe('ocds-jsonl');
		// One object on one line and nothing after it: a package written on one line.
		expect(detectSourceFormat('p.json', text('{"releases":[]}\n'))).toBe('ocds-json');
	});
});

describe('isFlattenedOcds', () => {
	test('Flatten Tool headings (ocid + JSON paths) are OCDS, a plain contracts list is not', () => {
		expect(isFlattenedOcds(text('ocid,id,tender/procurementMethod,awards/0/value/amount\n'))).toBe(
			true
		);
		expect(isFlattenedOcds(text('Acheteur;Méthode;Montant\n'))).toBe(false);
		expect(isFlattenedOcds(text('ocid;titre\n'))).toBe(false);
	});
});

describe('openSource', () => {
	test('a CSV is passed through untouched: same bytes, nothing fixed', async () => {
		const bytes = text('Pays;Année\nNiger;2022\n');
		const source = await openSource({ name: 'b.csv', bytes });
		expect(source.format).toBe('csv');
		expect(source.bytes).toBe(bytes);
		expect(source.fixed).toEqual({});
	});
});
