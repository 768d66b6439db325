/**
 * Where an import's time goes: wraps an `Engine` so every statement is timed, and the import's
 * progress steps mark the stages (sniff, scan, read, check, commit). JS time between statements
 * (sniff, scan) is counted for the step it falls in.
 */
import type { Engine } from '../../src/lib/db/engine.ts';
import type { ImportStep } from '../../src/lib/ingest/import-file.ts';

export interface StageTimer {
	engine: Engine;
	onProgress: (step: ImportStep, fraction: number) => void;
	/** Milliseconds per step (JS and SQL), and the slowest statements. */
	report(): { steps: Record<string, number>; statements: Array<[string, number]> };
}

/** `engine` with each call timed; pass `onProgress` to `importFile`'s hooks. */
export function stageTimer(engine: Engine): StageTimer {
	const steps: Record<string, number> = {};
	const statements: Array<[string, number]> = [];
	let step = 'start';
	let since = performance.now();
	const mark = (next: string) => {
		const now = performance.now();
		steps[step] = (steps[step] ?? 0) + now - since;
		step = next;
		since = now;
	};
	const timed =
		<A extends unknown[], R>(label: (...a: A) => string, call: (...a: A) => Promise<R>) =>
		async (...args: A): Promise<R> => {
			const start = performance.now();
			try {
				return await call(...args);
			} finally {
				statements.push([`${step}: ${label(...args)}`, performance.now() - start]);
			}
		};
	const sqlLabel = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 90);
	const wrapped: Engine = {
		query: timed(sqlLabel, (sql: string, params?: readonly unknown[]) => engine.query(sql, params)),
		exec: timed(sqlLabel, (sql: string) => engine.exec(sql)),
		registerFile: timed(
			(name: string, _bytes: Uint8Array) => `registerFile ${name}`,
			(name: string, bytes: Uint8Array) => engine.registerFile(name, bytes)
		),
		dropFile: timed(
			(name: string) => `dropFile ${name}`,
			(name: string) => engine.dropFile(name)
		),
		close: () => engine.close()
	};
	return {
		engine: wrapped,
		onProgress: (next) => {
			if (next !== step) mark(next);
		},
		report() {
			mark('end');
			const top = [...statements].sort((a, b) => b[1] - a[1]).slice(0, 8);
			return { steps, statements: top };
		}
	};
}
