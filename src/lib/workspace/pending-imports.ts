/**
 * Imports in progress, remembered in `localStorage` so that the next page load can say that one
 * did not finish (the tab was closed mid-import) instead of silently showing nothing. Each is
 * tied to a Web Lock held by its tab: the browser releases the lock when the tab goes away, so a
 * mark whose lock is free was left by a dead tab, while another open tab's import is left alone.
 */
const PREFIX = 'vigie:importing:';

/** Marks the import of `fileName` as in progress; call the returned function when it ends. */
export async function markImport(fileName: string): Promise<() => void> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks) return () => {}; // no way to tell a dead tab from a live one: no mark
	const key = `${PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`;
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await new Promise<void>((granted) => {
		locks.request(key, () => (granted(), held)).catch(() => granted());
	});
	try {
		localStorage.setItem(key, fileName);
	} catch {
		// storage blocked or full: the import goes on, only the explanation is lost
	}
	return () => {
		try {
			localStorage.removeItem(key);
		} finally {
			release();
		}
	};
}

/** File names of imports that a closed tab left unfinished, forgotten once returned. */
export async function takeInterrupted(): Promise<string[]> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	let keys: string[];
	try {
		keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
	} catch {
		return [];
	}
	if (!locks || keys.length === 0) return [];
	const held = new Set(((await locks.query()).held ?? []).map((lock) => lock.name));
	const names: string[] = [];
	for (const key of keys.filter((k) => !held.has(k)).sort()) {
		names.push(localStorage.getItem(key) ?? '');
		localStorage.removeItem(key);
	}
	return names.filter(Boolean);
}
