import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { canonicalJson, combineHashes, fingerprintInputs, sha256Hex } from './fingerprint.ts';

/** node:crypto as an independent oracle for the Web Crypto code under test. */
const oracle = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);

const budget = {
	name: 'budget.csv',
	bytes: utf8('country;year;institution;approved\nNER;2022;Défense;74 120\n'),
	options: { delimiter: ';', encoding: 'utf-8', mapping: { kind: 'budget', fields: {} } }
};
const sipri = { name: 'data/sipri-milex.csv', bytes: utf8('country,year,series,value,status\n') };

describe('sha256Hex', () => {
	test("matches the FIPS 180-2 test vector for 'abc'", async () => {
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
	test('hashes the bytes of a view, not the whole buffer behind it', async () => {
		const buffer = utf8('xxabcxx');
		expect(await sha256Hex(buffer.subarray(2, 5))).toBe(oracle('abc'));
	});
});

describe('canonicalJson', () => {
	test('sorts keys at every depth and drops undefined members', () => {
		const a = canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } });
		expect(a).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
	});
	test('gives the same text for objects built in a different key order', () => {
		expect(canonicalJson({ x: 1, y: 'é' })).toBe(canonicalJson({ y: 'é', x: 1 }));
	});
});

describe('fingerprintInputs', () => {
	test('follows the documented recipe: sorted entries, joined with \\n, hashed', async () => {
		const fp = await fingerprintInputs([budget, sipri]);
		const options = oracle(canonicalJson(budget.options));
		const entries = [`${oracle(budget.bytes)}:${options}`, oracle(sipri.bytes)].sort();
		expect(fp.inputs).toEqual([
			{ name: 'budget.csv', sha256: oracle(budget.bytes), options_sha256: options },
			{ name: 'data/sipri-milex.csv', sha256: oracle(sipri.bytes) }
		]);
		expect(fp.value).toBe(oracle(entries.join('\n')));
		expect(await combineHashes(fp.inputs)).toBe(fp.value);
	});
	test('the same bytes give the same fingerprint, whatever the order or the file names', async () => {
		const first = await fingerprintInputs([budget, sipri]);
		const again = await fingerprintInputs([{ ...sipri, name: 'other.csv' }, { ...budget }]);
		expect(again.value).toBe(first.value);
	});
	test('one byte changed gives another fingerprint', async () => {
		const changed = budget.bytes.slice();
		changed[changed.length - 2] = '1'.charCodeAt(0); // 74 120 → 74 121
		const before = await fingerprintInputs([budget, sipri]);
		const after = await fingerprintInputs([{ ...budget, bytes: changed }, sipri]);
		expect(after.value).not.toBe(before.value);
	});
	test('changed import options give another fingerprint (same bytes read differently)', async () => {
		const before = await fingerprintInputs([budget]);
		const after = await fingerprintInputs([
			{ ...budget, options: { ...budget.options, delimiter: ',' } }
		]);
		expect(after.inputs[0]!.sha256).toBe(before.inputs[0]!.sha256);
		expect(after.value).not.toBe(before.value);
	});
	test('the same file imported twice counts twice', async () => {
		const once = await fingerprintInputs([budget]);
		const twice = await fingerprintInputs([budget, budget]);
		expect(twice.value).not.toBe(once.value);
	});
});
