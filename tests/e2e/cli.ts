/** Runs the `vigie` CLI as a user would, for comparing terminal and browser answers. */
import { execFileSync } from 'node:child_process';

export function vigie(...args: string[]): string {
	return execFileSync(
		process.execPath,
		['--import', 'tsx', '--import', './scripts/raw-loader.mjs', 'src/cli/vigie.ts', ...args],
		// The indicator set on the demo data is over 1 MB, execFileSync's default cap.
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
}
