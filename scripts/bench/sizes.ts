/**
 * Build sizes: what `/` loads before any interaction (HTML + the JS and CSS its tags name), the
 * engine files and the default data, raw and as the precompressed `.gz` / `.br` the host sends.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH, kb, type Figure } from './figure.ts';

const COMMAND = `${BENCH} --only sizes`;
const COMPRESSIBLE = /\.(html|js|mjs|json|css|svg|xml|wasm|txt|csv)$/;

export type Sizes = { raw: number; gz?: number; br?: number };

async function sizeOf(path: string): Promise<number | undefined> {
	return existsSync(path) ? (await stat(path)).size : undefined;
}

export async function sizes(path: string): Promise<Sizes> {
	const raw = (await stat(path)).size;
	return { raw, gz: await sizeOf(`${path}.gz`), br: await sizeOf(`${path}.br`) };
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The same-origin JS and CSS that `/`'s HTML asks for (modulepreload, stylesheet, script). */
export function initialAssets(html: string): string[] {
	const urls = new Set<string>();
	for (const tag of html.match(/<(link|script)\b[^>]*>/g) ?? []) {
		const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
		const wanted = /rel="(modulepreload|stylesheet)"/.test(tag) || tag.startsWith('<script');
		if (url && wanted && /\.(js|css)$/.test(url) && url.startsWith('/')) urls.add(url);
	}
	// Kit's inline boot script imports its entries: count them even if not preloaded.
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) if (m[1]) urls.add(m[1]);
	return [...urls];
}

function sum(list: Sizes[]): Sizes {
	const total = (k: keyof Sizes) =>
		list.every((s) => s[k] !== undefined) ? list.reduce((a, s) => a + (s[k] ?? 0), 0) : undefined;
	return { raw: total('raw') ?? 0, gz: total('gz'), br: total('br') };
}

/** raw, gz and br rows for one item; compressed rows carry their ratio to raw. */
function rows(name: string, s: Sizes, note?: string): Figure[] {
	const figure = (label: string, bytes: number, ratio?: Figure['ratio']): Figure => ({
		group: 'size',
		name: `${name} ${label}`,
		value: kb(bytes),
		unit: 'KiB',
		command: COMMAND,
		ratio,
		note: ratio ? note : undefined
	});
	const out = [figure('raw', s.raw)];
	for (const k of ['gz', 'br'] as const) {
		const v = s[k];
		if (v !== undefined) out.push(figure(k, v, { value: v / s.raw, against: 'raw' }));
	}
	return out;
}

export async function benchSizes(build = 'build'): Promise<Figure[]> {
	const html = await readFile(join(build, 'index.html'), 'utf8');
	const assets = initialAssets(html).map((url) => join(build, url));
	const js = sum(await Promise.all(assets.filter((p) => p.endsWith('.js')).map(sizes)));
	const css = sum(await Promise.all(assets.filter((p) => p.endsWith('.css')).map(sizes)));
	const page = await sizes(join(build, 'index.html'));
	const files = await listFiles(build);
	const plain = files.filter((f) => !/\.(gz|br)$/.test(f));
	const find = (re: RegExp) => plain.find((f) => re.test(f));
	const out = [
		...rows('/ HTML', page),
		...rows(
			`/ initial JS (${assets.filter((p) => p.endsWith('.js')).length} files)`,
			js,
			'target < 150 KB compressed'
		),
		...rows('/ CSS', css),
		...rows('/ HTML+JS+CSS', sum([page, js, css]))
	];
	const wasm = find(/duckdb-eh\.[^/]*\.wasm$/);
	const worker = find(/duckdb-browser-eh\.worker\.[^/]*\.js$/);
	const csv = find(/sipri-milex\.[^/]*\.csv$/);
	if (wasm) {
		const s = await sizes(wasm);
		out.push(...rows('engine duckdb-eh.wasm', s), await mvpRatio(s.raw));
	}
	if (worker) out.push(...rows('engine worker', await sizes(worker)));
	if (csv) out.push(...(await csvRows(csv)));
	out.push(...(await totals(build, plain)));
	return out;
}

/** eh is the smallest bundle every current browser runs (mvp is the no-exceptions fallback). */
async function mvpRatio(eh: number): Promise<Figure> {
	const require = createRequire(import.meta.url);
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const mvp = (await stat(join(dist, 'duckdb-mvp.wasm'))).size;
	return {
		group: 'size',
		name: 'engine duckdb-eh.wasm vs duckdb-mvp.wasm (raw)',
		value: kb(eh),
		unit: 'KiB',
		command: COMMAND,
		ratio: { value: eh / mvp, against: 'mvp bundle' }
	};
}

/** The adapter does not precompress CSV: show its gzip size computed here, and say so. */
async function csvRows(csv: string): Promise<Figure[]> {
	const s = await sizes(csv);
	const computed = s.gz === undefined;
	if (computed) s.gz = gzipSync(await readFile(csv), { level: 9 }).length;
	return rows(
		'default data sipri-milex.csv',
		s,
		computed ? 'no .gz/.br in the build; gz computed by the bench' : undefined
	);
}

async function totals(build: string, plain: string[]): Promise<Figure[]> {
	const all = sum(await Promise.all(plain.map(sizes)).then((l) => l.map((s) => ({ raw: s.raw }))));
	const eligible = plain.filter((f) => COMPRESSIBLE.test(f));
	const missing = eligible.filter((f) => !existsSync(`${f}.gz`) || !existsSync(`${f}.br`));
	return [
		{
			group: 'size',
			name: `build total, ${plain.length} files (raw)`,
			value: kb(all.raw),
			unit: 'KiB',
			command: COMMAND
		},
		{
			group: 'size',
			name: 'compressible files without .gz + .br',
			value: missing.length,
			unit: `of ${eligible.length}`,
			command: COMMAND,
			note: missing.length ? missing.map((f) => relative(build, f)).join(', ') : undefined
		}
	];
}
