/** Node side of `credibility/real-tables.ts`: the real files read from `data/` on disk. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataFileReader } from '../credibility/real-tables.ts';
import { DATA_DIR } from './default-dataset.ts';

export function nodeDataFiles(dir = DATA_DIR): DataFileReader {
	return async (file) => new Uint8Array(await readFile(join(dir, file)));
}
