/**
 * Lets a long loop over a file's bytes give the event loop a turn between slices, so a page keeps
 * painting and answering input (and sees a cancel) while a large file is scanned.
 */
export function pauseSlice(): Promise<void> {
	// `scheduler.yield` (Chromium) resumes without setTimeout's 4 ms clamp.
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
