/**
 * The browser engine's state, shown to the user as an honest status line: the 34 MB engine can
 * take a minute on a slow link, and pages stay usable on their precomputed data meanwhile.
 */
/** `crashed`: it ran, then its worker died (out of memory…); a retry starts a fresh one. */
export type EnginePhase = 'idle' | 'loading' | 'ready' | 'failed' | 'crashed';

export const engineStatus = $state<{ phase: EnginePhase; error: string }>({
	phase: 'idle',
	error: ''
});
