// Node module hooks so the CLI (run with tsx) can import `*.sql?raw` and `*.md?raw`
// exactly as Vite does in the browser build: one source of SQL for both.
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';

export async function load(url, context, nextLoad) {
	if (url.startsWith('file:') && url.endsWith('?raw')) {
		const source = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
		return {
			format: 'module',
			source: `export default ${JSON.stringify(source)};`,
			shortCircuit: true
		};
	}
	return nextLoad(url, context);
}

if (!process.env.VIGIE_RAW_LOADER) {
	process.env.VIGIE_RAW_LOADER = '1';
	register(import.meta.url);
}
