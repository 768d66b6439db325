/**
 * Browser side of the trend view: starts duckdb-wasm (lazily, once), loads the shipped SIPRI CSV
 * into it and reports progress through `engineStatus`. The CSV is bundled by Vite and served by
 * the site itself.
 */
import type { Engine } from '../db/engine.ts';
import { engineStatus } from '../db/engine-status.svelte.ts';
import { loadMilex } from './load-milex.ts';
import milexUrl from '../../../data/sipri-milex.csv?url';

let ready: Promise<Engine> | undefined;

export function trendsEngine(): Promise<Engine> {
	// After a worker crash the engine (and its SIPRI table) is gone: start again on a fresh one.
	if (engineStatus.phase === 'crashed') ready = undefined;
	ready ??= start().catch((error: unknown) => {
		ready = undefined;
		engineStatus.phase = 'failed';
		engineStatus.error = error instanceof Error ? error.message : String(error);
		throw error;
	});
	return ready;
}

async function start(): Promise<Engine> {
	engineStatus.phase = 'loading';
	const { getBrowserEngine } = await import('../db/browser-engine.ts');
	const [engine, response] = await Promise.all([getBrowserEngine(), fetch(milexUrl)]);
	if (!response.ok) throw new Error(`${milexUrl}: HTTP ${response.status}`);
	const path = await engine.registerFile(
		'sipri-milex.csv',
		new Uint8Array(await response.arrayBuffer())
	);
	await loadMilex(engine, path);
	engineStatus.phase = 'ready';
	return engine;
}
