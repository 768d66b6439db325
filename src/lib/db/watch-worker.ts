/**
 * Notices when the engine's worker dies (an uncaught error in it, such as running out of memory)
 * and makes every pending and later engine call reject at once: duckdb-wasm itself forgets its
 * pending requests on a worker error, so without this an import would wait forever.
 */

/** The engine's worker stopped; its tables are gone, and a fresh engine must be started. */
export class EngineCrashedError extends Error {
	override name = 'EngineCrashedError';
}

export interface WorkerWatch {
	/** `call`, or a rejection with `EngineCrashedError` as soon as the worker dies. */
	guard<T>(call: Promise<T>): Promise<T>;
	/** Treats the worker as dead (terminating it) and tells `onCrash` once. */
	crash(reason: string): void;
}

/** Watches `worker`; `onCrash` runs once, when it dies. */
export function watchWorker(worker: Worker, onCrash: () => void): WorkerWatch {
	let crashed: EngineCrashedError | undefined;
	let fail: (error: Error) => void = () => {};
	const dead = new Promise<never>((_, reject) => (fail = reject));
	dead.catch(() => {}); // only observed through `guard`
	const crash = (reason: string) => {
		if (crashed) return;
		crashed = new EngineCrashedError(reason);
		worker.terminate();
		fail(crashed);
		onCrash();
	};
	worker.addEventListener('error', (event) => crash(event.message || 'worker error'));
	exposeTestHook(crash);
	return {
		guard<T>(call: Promise<T>): Promise<T> {
			if (!crashed) return Promise.race([call, dead]);
			call.catch(() => {});
			return Promise.reject(crashed);
		},
		crash
	};
}

declare global {
	interface Window {
		/** Present only when the page was opened with the test flag (see `exposeTestHook`). */
		__vigieTest?: { crashEngine(): void };
	}
}

/**
 * With `localStorage['vigie:test-hooks'] === '1'` (set by the e2e suite, never by the app), lets a
 * test kill the worker the way a crash would. It can only stop the user's own engine.
 */
function exposeTestHook(crash: (reason: string) => void): void {
	try {
		if (localStorage.getItem('vigie:test-hooks') !== '1') return;
	} catch {
		return; // storage blocked: no hook
	}
	window.__vigieTest = { crashEngine: () => crash('worker terminated by a test') };
}
