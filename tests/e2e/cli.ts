/**
 * Runs the `vigie` CLI as a user would, for comparing terminal and browser answers. It runs in a
 * child process while the test drives the page: start it first, await it when its answer is
 * needed. A read-only command (its answer depends only on its arguments and the committed
 * files) runs once per worker: the same `vigie summary` serves every file that asks for it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const READ_ONLY = new Set(['growth', 'summary', 'indicators', 'check']);
const answers = new Map<string, Promise<string>>();

export function vigie(...args: string[]): Promise<string> {
	const key = JSON.stringify(args);
	const known = answers.get(key);
	if (known) return known;
	const answer = run(
		process.execPath,
		['--import', 'tsx', '--import', './scripts/raw-loader.mjs', 'src/cli/vigie.ts', ...args],
		// The indicator set on the demo data is over 1 MB, the default cap of execFile's buffer.
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	).then((r) => r.stdout);
	if (READ_ONLY.has(args[0]!)) answers.set(key, answer);
	// A failure is reported where the answer is awaited, not as an unhandled rejection.
	answer.catch(() => {});
	return answer;
}
