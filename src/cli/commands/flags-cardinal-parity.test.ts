/**
 * Cardinal's own test suite for the flags Vigie shares with it: every R003 and R018 fixture of
 * open-contracting/cardinal-rs (src/lib/flags/fixtures/cardinal/README.md) goes through `vigie flags` with the
 * settings its file name encodes — decoded as Cardinal's `build.rs` does — plus the two settings
 * every one of Cardinal's fixture tests sets, and must print Cardinal's `.expected` (as maps).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from './flags.ts';
import { runVigie } from '../../lib/ingest/fixtures/run-vigie.ts';

const DIR = fileURLToPath(new URL('../../lib/flags/fixtures/cardinal/', import.meta.url));
const names = (await readdir(DIR))
	.filter((f) => /^R0(03|18).*\.jsonl$/.test(f))
	.map((f) => f.replace(/\.jsonl$/, ''));
const tmp = await mkdtemp(join(tmpdir(), 'vigie-flags-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

/**
 * The settings file for fixture `name`, as Cardinal's build.rs reads the name: `R003` (defaults),
 * `R003-threshold-10` (one field), `R003-procurement_method_details-x-5-y-10` (a map of pairs);
 * `+` stands for `|` in lists.
 */
function settingsFor(name: string): string {
	const [indicator, ...parts] = name.replaceAll('+', '|').split('-');
	const lines = [
		'no_price_comparison_procurement_methods = NPC',
		'[exclusions]',
		'procurement_method_details = EXC'
	];
	if (parts.length < 2) lines.push(`[${indicator}]`);
	else if (parts.length === 2) lines.push(`[${indicator}]`, `${parts[0]} = ${parts[1]}`);
	else {
		lines.push(`[${indicator}.${parts[0]}]`);
		for (let i = 1; i + 1 < parts.length; i += 2) lines.push(`${parts[i]} = ${parts[i + 1]}`);
	}
	return lines.join('\n') + '\n';
}

/** `vigie flags` in this process (its `run`), with stdout captured. */
async function flags(...argv: string[]): Promise<{ code: number; out: unknown }> {
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	const error = vi.spyOn(console, 'error').mockImplementation(() => {});
	try {
		const code = await run(argv);
		return { code, out: JSON.parse(String(log.mock.calls.at(-1)?.[0])) };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

describe("Cardinal's R003 and R018 fixtures through `vigie flags`", () => {
	it('covers every fixture of both flags', () => {
		expect(names).toEqual([
			'R003-procurement_method_details-x-5-y-10',
			'R003-procurement_methods-open+selective',
			'R003-threshold-10',
			'R003',
			'R018'
		]);
	});

	for (const name of names)
		it(`${name} gives Cardinal's expected flags`, { timeout: 60_000 }, async () => {
			const settings = join(tmp, `${name}.ini`);
			await writeFile(settings, settingsFor(name));
			const { code, out } = await flags(
				join(DIR, `${name}.jsonl`),
				'--settings',
				settings,
				'--json'
			);
			expect(code).toBe(0);
			const expected = JSON.parse(await readFile(join(DIR, `${name}.expected`), 'utf8'));
			expect(out).toEqual(expected);
		});

	it('writes the settings as build.rs encodes them', () => {
		expect(settingsFor('R003-procurement_method_details-x-5-y-10')).toContain(
			'[R003.procurement_method_details]\nx = 5\ny = 10\n'
		);
		expect(settingsFor('R003-procurement_methods-open+selective')).toContain(
			'[R003]\nprocurement_methods = open|selective\n'
		);
	});
});

describe('`vigie flags` in a child process', () => {
	it(
		'prints Cardinal’s shape on stdout and the rejected rows on stderr, exit 0',
		{ timeout: 60_000 },
		async () => {
			const { code, stdout, stderr } = await runVigie(
				'flags',
				'src/lib/flags/fixtures/cardinal/R018.jsonl',
				'--json',
				'--lang',
				'en'
			);
			expect(code).toBe(0);
			// defaults: R003 and R018 both run; only the open and selective single bids are flagged
			expect(JSON.parse(stdout)).toEqual({ OCID: { open: { R018: 1 }, selective: { R018: 1 } } });
			// the "negative" line (-1 tenderers) is refused by the import, as it is ignored by Cardinal
			expect(stderr).toContain('6 row(s) accepted, 1 rejected');
		}
	);
});
