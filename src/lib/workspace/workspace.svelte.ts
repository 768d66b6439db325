/**
 * The user's workspace in the browser: the one DuckDB engine, the IndexedDB store of imported
 * datasets, and the list the pages show. Opening it replays every stored dataset into the
 * engine's canonical tables, so a reload finds what was there before.
 */
import { untrack } from 'svelte';
import type { Engine } from '../db/engine.ts';
import { engineStatus } from '../db/engine-status.svelte.ts';
import type { DatasetRecord } from '../ingest/persist/dataset-record.ts';
import type { DatasetStore } from './dataset-store.ts';
import { restoreDatasets } from './restore-datasets.ts';
import { takeInterrupted } from './pending-imports.ts';
import { useSourceRunner } from '../ingest/source/open-source.ts';
import { browserSourceRunner } from '../ingest/source/browser-source-runner.ts';

// In the browser, workbooks and OCDS files are converted in a Worker, off the page's thread.
if (typeof Worker !== 'undefined') useSourceRunner(browserSourceRunner);

export type WorkspacePhase = 'idle' | 'opening' | 'ready' | 'failed';

export const workspace = $state<{
	phase: WorkspacePhase;
	datasets: DatasetRecord[];
	/** Stored datasets whose replay did not give back the same rows (storage damaged). */
	damaged: string[];
	/** Files whose import a closed tab left unfinished (nothing of them was saved). */
	interrupted: string[];
	error: string;
}>({ phase: 'idle', datasets: [], damaged: [], interrupted: [], error: '' });

export type OpenWorkspace = { engine: Engine; store: DatasetStore };
let opening: Promise<OpenWorkspace> | undefined;

/**
 * The workspace, opened once, and again after an engine crash. Untracked: an effect that calls
 * it must not rerun (restarting the engine) when the engine's state changes.
 */
export const openWorkspace = (): Promise<OpenWorkspace> => untrack(openOnce);

function openOnce(): Promise<OpenWorkspace> {
	// After a worker crash the engine is gone: start a fresh one and replay the stored datasets.
	if (engineStatus.phase === 'crashed') opening = undefined;
	opening ??= open().catch((error: unknown) => {
		opening = undefined;
		workspace.phase = 'failed';
		workspace.error = error instanceof Error ? error.message : String(error);
		if (engineStatus.phase === 'loading') engineStatus.phase = 'failed';
		throw error;
	});
	return opening;
}

async function open(): Promise<OpenWorkspace> {
	workspace.phase = 'opening';
	if (engineStatus.phase !== 'ready') engineStatus.phase = 'loading';
	const [{ getBrowserEngine }, { openDatasetStore }] = await Promise.all([
		import('../db/browser-engine.ts'),
		import('./dataset-store.ts')
	]);
	const engine = await getBrowserEngine();
	engineStatus.phase = 'ready';
	const store = await openDatasetStore();
	const reports = await restoreDatasets(engine, store);
	workspace.datasets = reports.map((r) => r.record);
	workspace.damaged = reports.filter((r) => !r.isIntact).map((r) => r.record.name);
	workspace.interrupted = await takeInterrupted();
	workspace.phase = 'ready';
	return { engine, store };
}

/** Re-reads the list from storage after a change. */
export async function refreshDatasets(store: DatasetStore): Promise<void> {
	workspace.datasets = await store.list();
}
