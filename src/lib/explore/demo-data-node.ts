/** Reads the demo files from `data/demo/` on disk (CLI, tests, prerender). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { demoFileName, type DemoReader } from './demo-data.ts';

export function nodeDemoReader(dir = 'data/demo'): DemoReader {
	return async (kind: DataKind) => new Uint8Array(await readFile(join(dir, demoFileName(kind))));
}
