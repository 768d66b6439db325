/**
 * The browser's conversion Worker: parses a workbook or an OCDS file off the page's thread and
 * sends back the CSV text (transferred, not copied). One Worker per conversion, so its memory
 * (a parsed workbook can be many times the file) is freed as soon as it ends.
 */
import { convertSource } from './convert-source.ts';
import type { OpenedSource, SourceOptions } from './open-source.ts';

type Request = {
	format: OpenedSource['format'];
	name: string;
	bytes: Uint8Array;
	options: SourceOptions;
};

self.onmessage = async (event: MessageEvent<Request>) => {
	const { format, name, bytes, options } = event.data;
	try {
		const source = await convertSource(format, { name, bytes }, options);
		self.postMessage({ source }, { transfer: [source.bytes.buffer as ArrayBuffer] });
	} catch (error) {
		self.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
};
