/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline after one visit: on install, caches the app shell, every prerendered page and its
 * `__data.json`, the duckdb-wasm engine and worker, and the default SIPRI CSV, all under a cache
 * named after the build version.
 *
 * Updates never break a running session: a new worker installs beside the old one and waits
 * (no blind skipWaiting) until every tab of the old version is closed, so the next visit gets
 * the new version whole. Only then are old caches deleted, because a page of the old version may
 * still lazily request an old hashed chunk until that moment.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE_PREFIX = 'vigie-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** Content-hashed build output and static files: a URL's bytes never change. */
const IMMUTABLE = new Set([...build, ...files]);
/** Kit polls this to detect a new deploy: it must always come from the network. */
const VERSION_FILE = `${base}/_app/version.json`;

sw.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(deleteOldCaches());
});

/** Lets the page opt in to an immediate update (e.g. behind an "update now" button). */
sw.addEventListener('message', (event) => {
	if (event.data === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname === VERSION_FILE) return;
	// Range requests (large files read in place) are left to the network and HTTP cache.
	if (request.headers.has('range')) return;
	if (IMMUTABLE.has(url.pathname)) event.respondWith(cacheFirst(request));
	else if (request.mode === 'navigate' || url.pathname.endsWith('/__data.json'))
		event.respondWith(networkFirst(request));
});

async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	// Hashed files may come from the HTTP cache (the page has often just downloaded the 34 MB
	// engine); pages must be revalidated so this version's cache never holds an older page.
	await cache.addAll([...IMMUTABLE]);
	await cache.addAll(prerendered.map((path) => new Request(path, { cache: 'no-cache' })));
}

async function deleteOldCaches(): Promise<void> {
	for (const key of await caches.keys())
		if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
}

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) void cache.put(request, response.clone());
	return response;
}

/** Fresh pages online; this version's copy when the network is down or failing. */
async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) {
			// Keyed without the query string: one copy per page, whatever the view state.
			void cache.put(withoutSearch(request.url), response.clone());
			return response;
		}
		return (await offlineCopy(cache, request)) ?? response;
	} catch (error) {
		const cached = await offlineCopy(cache, request);
		if (cached) return cached;
		throw error;
	}
}

function withoutSearch(href: string): string {
	const url = new URL(href);
	url.search = '';
	return url.href;
}

/** Query strings only carry view state (`?measure=…`): the prerendered page serves them all. */
function offlineCopy(cache: Cache, request: Request): Promise<Response | undefined> {
	return cache.match(request, { ignoreSearch: true });
}
