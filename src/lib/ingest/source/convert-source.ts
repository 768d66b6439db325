/**
 * The adapters that turn a non-CSV file into CSV text for the pipeline, one per format. Each is
 * loaded only when a file of its format arrives (SheetJS alone is larger than the rest of the
 * import code). This module runs in the browser's source Worker or in-process in Node.
 */
import { fileProblem } from '../report/problems.ts';
import type { OpenedSource, SourceFile, SourceOptions } from './open-source.ts';

export async function convertSource(
	format: OpenedSource['format'],
	file: SourceFile,
	options: SourceOptions
): Promise<OpenedSource> {
	switch (format) {
		case 'csv':
			return { format, bytes: file.bytes, fixed: {} };
		case 'xlsx':
		case 'xls':
		case 'ods': {
			const { convertWorkbook } = await import('./workbook/convert-workbook.ts');
			return convertWorkbook(format, file, options);
		}
		case 'ocds-json':
		case 'ocds-jsonl':
		case 'ocds-csv': {
			const { convertOcds } = await import('./ocds/convert-ocds.ts');
			return convertOcds(format, file.bytes);
		}
		default:
			// Every format `source-format.ts` detects has an adapter above; a new one must add its own.
			return {
				format,
				bytes: new Uint8Array(),
				fixed: {},
				problem: fileProblem('unsupported_format', { format })
			};
	}
}
