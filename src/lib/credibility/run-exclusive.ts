/**
 * The credibility view's queries run one pass at a time on an engine: the PI-1/PI-2 step briefly
 * shadows `budget_lines` with a filtered copy (pefa-scores.ts) that no other query — a redraw
 * or a drill-down started meanwhile — may see.
 */
let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has finished (failures included). */
export function runExclusive<T>(task: () => Promise<T>): Promise<T> {
	const next = chain.then(task, task);
	chain = next.catch(() => {});
	return next;
}
