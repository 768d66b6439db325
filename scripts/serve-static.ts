/**
 * A plain static host for the built site, with no dependency: what the bench and e2e tests
 * measure must be what a real static host sends, not Vite's preview server.
 * - sends the build's precompressed `.br` / `.gz` beside a file when Accept-Encoding allows;
 * - `Cache-Control: immutable` for hashed `/_app/immutable/` files, revalidation (ETag) otherwise;
 * - byte ranges (`Range: bytes=a-b`) on the uncompressed file, for files read in place;
 * - `dir/` → `dir/index.html`, `dir` → 301 `dir/`, unknown paths → `404.html` with status 404.
 * `node --import tsx scripts/serve-static.ts [--dir build] [--port 4180] [--host 127.0.0.1]
 *   [--no-precompressed]`
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.parquet': 'application/vnd.apache.parquet',
	'.duckdb': 'application/octet-stream'
};
const ENCODINGS = [
	['br', '.br'],
	['gzip', '.gz']
] as const;

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

type Found = { path: string; size: number; mtime: Date };

async function file(path: string): Promise<Found | undefined> {
	try {
		const s = await stat(path);
		return s.isFile() ? { path, size: s.size, mtime: s.mtime } : undefined;
	} catch {
		return undefined;
	}
}

/** Maps a URL path to a file under `root`, refusing anything that escapes it. */
async function locate(root: string, pathname: string): Promise<Found | 'dir' | undefined> {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	if (pathname.endsWith('/')) return file(join(path, 'index.html'));
	return (await file(path)) ?? ((await file(join(path, 'index.html'))) ? 'dir' : undefined);
}

/** Picks the precompressed variant the client accepts, if the build has one. */
async function encoded(found: Found, accept: string): Promise<[Found, string | undefined]> {
	for (const [name, suffix] of ENCODINGS) {
		if (!new RegExp(`\\b${name}\\b`).test(accept)) continue;
		const variant = await file(found.path + suffix);
		if (variant) return [variant, name];
	}
	return [found, undefined];
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n`; a single range only (all DuckDB and browsers send). */
function parseRange(header: string, size: number): [number, number] | 'invalid' {
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
	const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
	const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	return start > end || start >= size ? 'invalid' : [start, end];
}

type Options = {
	dir?: string;
	port?: number;
	host?: string;
	precompressed?: boolean;
	/** Told of every body sent (bytes as sent, i.e. compressed): the bench's byte counter. */
	onBody?: (pathname: string, bytes: number) => void;
};

async function handle(
	root: string,
	options: Options,
	req: IncomingMessage,
	res: ServerResponse
): Promise<void> {
	const { precompressed = true, onBody } = options;
	if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
	const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
	let found = await locate(root, pathname);
	if (found === 'dir') return void res.writeHead(301, { location: `${pathname}/${search}` }).end();
	const status = found ? 200 : 404;
	found ??= await file(join(root, '404.html'));
	if (!found) return void res.writeHead(404).end();
	const range = status === 200 ? req.headers.range : undefined;
	const [body, encoding] =
		range || !precompressed
			? [found, undefined]
			: await encoded(found, String(req.headers['accept-encoding'] ?? ''));
	const headers: Record<string, string | number> = {
		'content-type': MIME[extname(found.path)] ?? 'application/octet-stream',
		'cache-control': pathname.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		'accept-ranges': 'bytes',
		vary: 'Accept-Encoding',
		etag: `"${body.size.toString(16)}-${body.mtime.getTime().toString(16)}${encoding ?? ''}"`
	};
	if (encoding) headers['content-encoding'] = encoding;
	if (status === 200 && req.headers['if-none-match'] === headers.etag)
		return void res.writeHead(304, headers).end();
	if (range) return sendRange(res, req, found, headers, range, onBody);
	res.writeHead(status, { ...headers, 'content-length': body.size });
	if (req.method === 'HEAD') return void res.end();
	onBody?.(pathname, body.size);
	createReadStream(body.path).pipe(res);
}

function sendRange(
	res: ServerResponse,
	req: IncomingMessage,
	found: Found,
	headers: Record<string, string | number>,
	header: string,
	onBody: Options['onBody']
): void {
	const range = parseRange(header, found.size);
	if (range === 'invalid')
		return void res.writeHead(416, { 'content-range': `bytes */${found.size}` }).end();
	const [start, end] = range;
	res.writeHead(206, {
		...headers,
		'content-range': `bytes ${start}-${end}/${found.size}`,
		'content-length': end - start + 1
	});
	if (req.method === 'HEAD') return void res.end();
	onBody?.(new URL(req.url ?? '/', 'http://localhost').pathname, end - start + 1);
	createReadStream(found.path, { start, end }).pipe(res);
}

/**
 * Starts the server; port 0 picks a free port (see `url`). `precompressed: false` sends every
 * file uncompressed, as a host that ignores the `.br` / `.gz` files would (the bench's baseline).
 */
export function serveStatic(options: Options = {}): Promise<StaticServer> {
	const { dir = 'build', port = 4180, host = '127.0.0.1' } = options;
	const root = resolve(dir);
	const server = createServer((req, res) => {
		handle(root, options, req, res).catch(() => res.headersSent || res.writeHead(500).end());
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({
				url: `http://${host}:${actual}`,
				close: () =>
					new Promise((closed) => {
						server.close(() => closed());
						server.closeAllConnections();
					})
			});
		});
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string' },
			port: { type: 'string' },
			host: { type: 'string' },
			'no-precompressed': { type: 'boolean' }
		}
	});
	const server = await serveStatic({
		dir: values.dir,
		port: Number(values.port ?? 4180),
		host: values.host,
		precompressed: !values['no-precompressed']
	});
	console.log(`Serving ${resolve(values.dir ?? 'build')} at ${server.url}/`);
}
