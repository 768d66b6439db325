/** Runs the `vigie` CLI as a user would, for comparing terminal and browser answers. */
import { execFileSync } from 'node:child_process';

export function vigie(...args: string[]): string {
	return execFileSync(
		process.execPath,
		['--import', 'tsx', '--import', './scripts/raw-loader.mjs', 'src/cli/vigie.ts', ...args],
		{ encoding: 'utf8' }
	);
}
