/**
 * Browser side of the BOOST table: fetches the CSV the site ships (Vite `?url`, as
 * browser-trends.ts does for SIPRI) into the engine once, then reuses it.
 */
import type { Engine } from '../db/engine.ts';
import { loadBoost } from './load-boost.ts';
import boostUrl from '../../../data/boost-budget-execution.csv?url';

let loaded: Promise<void> | undefined;

/** Loads `boost` into `engine` (once per page session; a failure can be retried). */
export function ensureBoost(engine: Engine): Promise<void> {
	loaded ??= (async () => {
		const response = await fetch(boostUrl);
		if (!response.ok) throw new Error(`${boostUrl}: HTTP ${response.status}`);
		const path = await engine.registerFile(
			'boost-budget-execution.csv',
			new Uint8Array(await response.arrayBuffer())
		);
		await loadBoost(engine, path);
	})().catch((error: unknown) => {
		loaded = undefined;
		throw error;
	});
	return loaded;
}
