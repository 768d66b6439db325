import { expect, test } from 'vitest';
import { latestRun, runLatest } from './latest-run.ts';

/** A promise the test resolves or rejects by hand, to order two runs' endings. */
function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

test('a slower earlier run never overwrites a newer one', async () => {
	const guard = latestRun();
	const shown: string[] = [];
	const slow = deferred<string>();
	const fast = deferred<string>();
	const first = runLatest(
		guard,
		() => slow.promise,
		(v) => void shown.push(v),
		() => {}
	);
	const second = runLatest(
		guard,
		() => fast.promise,
		(v) => void shown.push(v),
		() => {}
	);
	fast.resolve('2021 filters');
	await second;
	slow.resolve('2018 filters'); // finishes last, but was asked first
	await first;
	expect(shown).toEqual(['2021 filters']);
});

test('only the latest run reports its failure; cancel makes every run stale', async () => {
	const guard = latestRun();
	const errors: unknown[] = [];
	const old = deferred<number>();
	const pending = runLatest(
		guard,
		() => old.promise,
		() => {},
		(e) => void errors.push(e)
	);
	await runLatest(
		guard,
		() => Promise.reject(new Error('newer')),
		() => {},
		(e) => void errors.push(e)
	);
	old.reject(new Error('older'));
	await pending;
	expect(errors.map((e) => (e as Error).message)).toEqual(['newer']);

	const ticket = guard.start();
	expect(ticket.isLatest()).toBe(true);
	guard.cancel();
	expect(ticket.isLatest()).toBe(false);
});
