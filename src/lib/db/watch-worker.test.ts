import { describe, expect, it } from 'vitest';
import { EngineCrashedError, watchWorker } from './watch-worker.ts';

/** A worker stand-in: an event target that records `terminate()`. */
function fakeWorker() {
	const target = new EventTarget() as EventTarget & { terminated: number; terminate(): void };
	target.terminated = 0;
	target.terminate = () => void target.terminated++;
	return target;
}
const crashEvent = () => Object.assign(new Event('error'), { message: 'Out of memory' });

describe('watchWorker', () => {
	it('rejects a call still waiting when the worker dies, instead of leaving it pending', async () => {
		const worker = fakeWorker();
		let crashes = 0;
		const watch = watchWorker(worker as unknown as Worker, () => crashes++);
		const never = new Promise<string>(() => {}); // duckdb-wasm drops its pending requests
		const waiting = watch.guard(never);
		worker.dispatchEvent(crashEvent());
		await expect(waiting).rejects.toThrow(EngineCrashedError);
		await expect(waiting).rejects.toThrow('Out of memory');
		expect([crashes, worker.terminated]).toEqual([1, 1]);
	});

	it('rejects later calls at once and reports the crash only once', async () => {
		const worker = fakeWorker();
		let crashes = 0;
		const watch = watchWorker(worker as unknown as Worker, () => crashes++);
		watch.crash('simulated');
		worker.dispatchEvent(crashEvent());
		await expect(watch.guard(Promise.resolve(1))).rejects.toMatchObject({
			name: 'EngineCrashedError',
			message: 'simulated'
		});
		expect([crashes, worker.terminated]).toEqual([1, 1]);
	});

	it('passes results and errors through while the worker lives', async () => {
		const watch = watchWorker(fakeWorker() as unknown as Worker, () => {});
		await expect(watch.guard(Promise.resolve([{ n: 3 }]))).resolves.toEqual([{ n: 3 }]);
		await expect(watch.guard(Promise.reject(new Error('Parser Error')))).rejects.toThrow(
			'Parser Error'
		);
	});
});
