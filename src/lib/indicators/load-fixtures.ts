/**
 * Test and parity support: loads every `fixture*.csv` of an indicator folder into an
 * engine through the canonical loader. Node only (reads the file system).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import type { IndicatorResult } from './define-indicator.ts';
import { loadCanonicalCsv } from './load-canonical-csv.ts';

/** Loads the folder's fixtures in name order; returns the file names loaded. */
export async function loadFixtures(engine: Engine, folder: string): Promise<string[]> {
	const names = (await readdir(folder)).filter((f) => /^fixture.*\.csv$/.test(f)).sort();
	for (const name of names) {
		const bytes = new Uint8Array(await readFile(join(folder, name)));
		await loadCanonicalCsv(engine, `${folder.split('/').pop()}-${name}`, bytes);
	}
	return names;
}

/** The one result matching every given field (throws when none or several match). */
export function pick(
	results: readonly IndicatorResult[],
	where: { country: string; year: number; measure?: string; group?: string }
): IndicatorResult {
	const found = results.filter(
		(r) =>
			r.country === where.country &&
			r.year === where.year &&
			(where.measure === undefined || r.measure === where.measure) &&
			(where.group === undefined ? !r.group : r.group?.name === where.group)
	);
	if (found.length !== 1) throw new Error(`${found.length} results for ${JSON.stringify(where)}`);
	return found[0]!;
}
