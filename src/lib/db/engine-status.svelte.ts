/**
 * The browser engine's state, shown to the user as an honest status line: the 34 MB engine can
 * take a minute on a slow link, and pages stay usable on their precomputed data meanwhile.
 */
export type EnginePhase = 'idle' | 'loading' | 'ready' | 'failed';

export const engineStatus = $state<{ phase: EnginePhase; error: string }>({
	phase: 'idle',
	error: ''
});
