/**
 * Runs a conversion in its own Worker (`source-worker.ts`), so parsing a large workbook or OCDS
 * file never blocks the page; cancelling the import terminates the Worker.
 */
import type { OpenedSource, SourceRunner } from './open-source.ts';

export const browserSourceRunner: SourceRunner = (format, file, options, signal) =>
	new Promise<OpenedSource>((resolve, reject) => {
		signal?.throwIfAborted();
		const worker = new Worker(new URL('./source-worker.ts', import.meta.url), { type: 'module' });
		const end = () => {
			worker.terminate();
			signal?.removeEventListener('abort', onAbort);
		};
		const onAbort = () => (end(), reject(signal?.reason));
		signal?.addEventListener('abort', onAbort, { once: true });
		worker.onmessage = (event: MessageEvent<{ source?: OpenedSource; error?: string }>) => {
			end();
			if (event.data.source) resolve(event.data.source);
			else reject(new Error(event.data.error ?? 'conversion failed'));
		};
		worker.onerror = (event) => (end(), reject(new Error(event.message)));
		// The page keeps its bytes (it stores the original file): the Worker gets a copy.
		const bytes = file.bytes.slice();
		worker.postMessage({ format, name: file.name, bytes, options }, [bytes.buffer]);
	});
