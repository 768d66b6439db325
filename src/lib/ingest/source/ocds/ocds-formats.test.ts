/**
 * The same eleven real Nigerian contracting processes as a release package, a record package,
 * JSON Lines and a Flatten Tool CSV (fixtures/README.md): `vigie summary --json` and
 * `vigie indicators --json` must give the same answer for each, in the terminal as shipped.
 */
import { describe, expect, it } from 'vitest';
import { runVigie } from '../../fixtures/run-vigie.ts';

const DIR = 'src/lib/ingest/source/ocds/fixtures';
const FILES = [
	'nigeria-release-package.json',
	'nigeria-record-package.json',
	'nigeria-compiled.jsonl',
	'nigeria-flattened.csv'
].map((name) => `${DIR}/${name}`);

/** Runs `vigie ARGS… FILE` for each file, two at a time (the machine has two cores). */
async function eachFile(...args: string[]): Promise<unknown[]> {
	const out: unknown[] = [];
	for (let i = 0; i < FILES.length; i += 2) {
		const pair = await Promise.all(
			FILES.slice(i, i + 2).map((f) => runVigie(...args, f, '--json'))
		);
		for (const { code, stdout, stderr } of pair) {
			expect(stderr).toBe('');
			expect(code).toBe(0);
			out.push(JSON.parse(stdout));
		}
	}
	return out;
}

describe('four OCDS shapes of the same contracts', () => {
	it('give the same `vigie summary --json`', { timeout: 120_000 }, async () => {
		const summaries = await eachFile('summary');
		for (const summary of summaries.slice(1)) expect(summary).toEqual(summaries[0]);
		expect(summaries[0]).toEqual({
			kind: 'contracts',
			rows: 11,
			// 560 972 471,5 + 0 + 62 185 750 + 96 803 089,46
			total: 719_961_310.96,
			by_year: {
				2011: 560_972_471.5, // 404 751 861,4 + 156 220 610,1
				2012: 0, // one award of 0 NGN (sic)
				2013: 62_185_750, // 54 389 500 + 7 796 250
				// 2 811 492 + 51 689 715 + 4 958 814 + 5 472 335,4 + 3 675 000 + 28 195 733,06
				2014: 96_803_089.46
			},
			by_method: {
				open: 719_961_310.96,
				selective: 0,
				limited: 0,
				direct: 0,
				derogation: 0,
				unknown: 0
			},
			derogation: 0
		});
	});

	it('give the same `vigie indicators --json` results', { timeout: 120_000 }, async () => {
		const sets = (await eachFile('indicators')) as {
			meta: { from: number; to: number; countries: string[] };
			results: { id: string; year: number; value: number | null }[];
		}[];
		// The fingerprint names each input's own bytes, so it differs by design; the rest may not.
		for (const set of sets.slice(1)) {
			expect(set.results).toEqual(sets[0]!.results);
			expect([set.meta.from, set.meta.to, set.meta.countries]).toEqual([2011, 2014, ['unknown']]);
		}
		const share = (id: string, year: number) =>
			sets[0]!.results.find((r) => r.id === id && r.year === year)?.value;
		// every award of 2014 went through an open tender: 6 of 6
		expect(share('competitive-share', 2014)).toBe(1);
	});
});
