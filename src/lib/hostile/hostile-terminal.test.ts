/**
 * The terminal is no sink for hostile bytes: the whole hostile corpus goes through every `vigie`
 * command in a child process, and neither stdout nor stderr holds a control character a terminal
 * would act on (anything below 0x20 but tab and newline, DEL, C1 controls, bidi overrides). What
 * the data held is still shown, escaped (`\u001b[31m`), and JSON output still parses.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVigie } from '../ingest/fixtures/run-vigie.ts';

const DIR = 'tests/fixtures/hostile';
const CORPUS = readdirSync(DIR)
	.filter((name) => /\.(csv|txt)$/.test(name))
	.map((name) => join(DIR, name));
/* eslint-disable no-control-regex -- finding control characters is the point */
/** The same characters `src/cli/safe-output.ts` escapes (a CR ending a CSV line is a newline). */
const UNSAFE =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;
/**
 * Files holding such a byte themselves (NUL, ESC, backspace, CR, UTF-16's zeros…): the slower
 * commands get these only, since a file without one gives them nothing to escape.
 */
const RAW = CORPUS.filter((path) => /[\x00-\x08\x0b-\x1f\x7f]/.test(readFileSync(path, 'latin1')));
/* eslint-enable no-control-regex */

const out = mkdtempSync(join(tmpdir(), 'vigie-hostile-'));
/** terminal-escapes.csv again, under a name that would retitle the window. */
const NAMED = join(out, '\u001b]0;pwned\u0007.csv');
copyFileSync(join(DIR, 'terminal-escapes.csv'), NAMED);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs a command; each unsafe character of its output is reported with where it is. */
async function unsafeOutput(...args: string[]) {
	const run = await runVigie(...args);
	const found = [run.stdout, run.stderr].flatMap((text, i) =>
		[...text.matchAll(new RegExp(UNSAFE, 'g'))].map(
			(m) =>
				`${i ? 'stderr' : 'stdout'} U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} in ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10))}`
		)
	);
	return { ...run, found };
}

describe('every vigie command prints control characters from data escaped', () => {
	it('the corpus holds the bytes this test is about', () => {
		expect(RAW.map((p) => p.split('/').pop()).sort()).toEqual([
			'binary-junk.csv',
			'blank-lines.csv',
			'mixed-line-endings.csv',
			'terminal-escapes.csv',
			'utf16le-bom.csv',
			'zip-bomb.csv'
		]);
	});

	it('check: file names, mappings and messages', async () => {
		const run = await unsafeOutput('check', ...CORPUS, NAMED);
		expect(run.found).toEqual([]);
		expect(run.code).toBe(1);
		// A file name, the NUL of a header in the mapping, the ESC and backspaces of cells.
		expect(run.stdout).toContain(`== ${out}/\\u001b]0;pwned\\u0007.csv`);
		expect(run.stdout).toContain('« Ministère\\u0000 » → institution');
		expect(run.stdout).toContain('« \\u001b[31mPersonnel »');
		expect(run.stdout).toContain('« Ni\\u0008\\u0008\\u0008\\u202eger »');
	});

	it('indicators as text, JSON and CSV: the screen-clearing institution is a group name', async () => {
		const indicators = (...format: string[]) =>
			unsafeOutput('indicators', ...RAW, NAMED, ...format);
		const [text, json, csv] = await Promise.all([
			indicators(),
			indicators('--json'),
			indicators('--csv')
		]);
		for (const run of [text, json, csv]) expect(run.found).toEqual([]);
		expect(text.stdout).toContain('\\u001b[2J\\u001b]0;pwned\\u0007Défense nationale');
		expect(csv.stdout).toContain('\\u001b[2J\\u001b]0;pwned\\u0007Défense nationale');
		// Rejected rows are reported on stderr under the file's name.
		expect(text.stderr).toContain('/\\u001b]0;pwned\\u0007.csv: 1 accepted, 2 rejected');
		// JSON's own escape: the document parses back to the institution as it was in the file.
		const names = (JSON.parse(json.stdout).results as { group?: { name: string } }[]).map(
			(r) => r.group?.name
		);
		expect(names).toContain('\u001b[2J\u001b]0;pwned\u0007Défense nationale');
	});

	it('summary, convert, and the usage errors of growth and of an unknown command', async () => {
		const runs = {
			summary: unsafeOutput('summary', NAMED),
			'summary of a missing file': unsafeOutput('summary', `${NAMED}\u001b[2J`),
			convert: unsafeOutput('convert', ...RAW, NAMED, '--out', join(out, 'converted')),
			growth: unsafeOutput('growth', '--from', '\u001b[2J', '--to', '2019'),
			'unknown command': unsafeOutput('\u001b]0;pwned\u0007')
		};
		const done = Object.fromEntries(
			await Promise.all(Object.entries(runs).map(async ([name, run]) => [name, await run] as const))
		);
		expect(
			Object.fromEntries(Object.entries(done).map(([name, run]) => [name, run.found]))
		).toEqual(Object.fromEntries(Object.keys(runs).map((name) => [name, []])));
		expect(done['summary of a missing file']!.stderr).toContain('.csv\\u001b[2J');
		expect(done.convert!.stdout).toContain('/\\u001b]0;pwned\\u0007.csv');
		expect(done['unknown command']!.stderr).toContain('Unknown command: \\u001b]0;pwned\\u0007');
		expect([done.growth!.code, done['unknown command']!.code]).toEqual([2, 2]);
	});

	it('publish: the check report and the stop message of a hostile file', async () => {
		const site = join(out, 'site');
		const run = await unsafeOutput(
			'publish',
			NAMED,
			'--out',
			site,
			'--publisher',
			'P',
			'--no-build'
		);
		expect(run.found).toEqual([]);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain(`== ${out}/\\u001b]0;pwned\\u0007.csv`);
		expect(run.stderr).toContain('/\\u001b]0;pwned\\u0007.csv a 2 ligne(s) rejetée(s)');
	});
});
