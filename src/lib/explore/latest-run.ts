/**
 * The stale-run guard: a view's queries are asynchronous, so a slower earlier query can finish
 * after a newer one. Each run takes a ticket; only the latest ticket may write its result, an
 * earlier one's result is dropped. (Three views each had their own counter; this is the one.)
 */
export type Ticket = {
	/** Whether no newer run has started since this one. */
	isLatest: () => boolean;
};

export function latestRun(): { start: () => Ticket; cancel: () => void } {
	let seq = 0;
	return {
		start() {
			const mine = ++seq;
			return { isLatest: () => mine === seq };
		},
		/** Makes every started run stale (the view was closed, the drill removed). */
		cancel() {
			seq += 1;
		}
	};
}

/**
 * Runs `task` under a ticket and hands its result to `apply` only if it is still the latest;
 * a failure of the latest run goes to `fail`, a stale one's is dropped with its result.
 */
export async function runLatest<T>(
	guard: { start: () => Ticket },
	task: () => Promise<T>,
	apply: (value: T) => void | Promise<void>,
	fail: (error: unknown) => void
): Promise<void> {
	const ticket = guard.start();
	try {
		const value = await task();
		if (ticket.isLatest()) await apply(value);
	} catch (error) {
		if (ticket.isLatest()) fail(error);
	}
}
