/**
 * The indicator set published with the site (`donnees/indicateurs.json` / `.csv`): what the
 * indicators page computes on a published Vigie — SIPRI's series, the publisher's datasets and,
 * for each kind the publisher did not give, the demonstration file — built as
 * `vigie indicators --with-default --with-demo FILE... --json` builds it (same inputs in the
 * same order, same fingerprint), so the two can be compared byte for byte but the date.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { demoSourceName, syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { fingerprintInputs, type FingerprintSource } from '../indicators/fingerprint.ts';
import { buildIndicatorSet, type IndicatorSet } from '../indicators/indicator-set.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { loadMilex } from '../trends/load-milex.ts';
import type { ImportedSource } from './import-sources.ts';

/** SIPRI's file as the site ships it, named as every indicator set names it. */
const SIPRI_NAME = 'data/sipri-milex.csv';

/**
 * Computes the set on `engine`, which already holds the publisher's accepted rows (the imported
 * sources): SIPRI and the demo of the other kinds are added to it.
 */
export async function publishedIndicatorSet(
	engine: Engine,
	sources: readonly ImportedSource[],
	generated: Date,
	dataDir = 'data'
): Promise<IndicatorSet> {
	const sipri = join(dataDir, 'sipri-milex.csv');
	await loadMilex(engine, sipri);
	const inputs: FingerprintSource[] = [
		{ name: SIPRI_NAME, bytes: new Uint8Array(await readFile(sipri)) }
	];
	const kinds: DataKind[] = [];
	for (const s of sources) {
		if (!s.kind) continue;
		inputs.push({ name: s.name, bytes: s.bytes, options: s.options });
		kinds.push(s.kind);
	}
	const read = nodeDemoReader(join(dataDir, 'demo'));
	for (const kind of await syncDemo(engine, kinds, read))
		inputs.push({ name: demoSourceName(kind), bytes: await read(kind) });
	const results = await runIndicators(engine, { params: {} });
	const all = { countries: null, from: null, to: null };
	return buildIndicatorSet(results, all, await fingerprintInputs(inputs), {}, generated);
}
