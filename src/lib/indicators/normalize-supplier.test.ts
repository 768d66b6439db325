import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { SUPPLIER_MACRO, SUPPLIER_MACRO_SQL } from './normalize-supplier.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await engine.exec(SUPPLIER_MACRO_SQL);
});
afterAll(() => engine.close());

async function normalise(name: string | null): Promise<string | null> {
	const [row] = await engine.query<{ n: string | null }>(`SELECT ${SUPPLIER_MACRO}(?) AS n`, [
		name
	]);
	return row!.n;
}

describe('vigie_normalize_supplier', () => {
	it.each([
		['ETS KONÉ & FILS S.A.R.L.', 'kone fils'],
		['Ets Kone & Fils SARL', 'kone fils'],
		['Sahel Vivres S.A.', 'sahel vivres'],
		['SAHEL VIVRES SA', 'sahel vivres'],
		['Société Générale de Travaux Sàrl', 'societe generale de travaux'],
		['Niger Logistique SUARL', 'niger logistique'],
		['Auto Import Ltd.', 'auto import'],
		['Telecom Plus, LLC', 'telecom plus'],
		['Établissements Ouédraogo', 'ouedraogo']
	])('%s -> %s', async (name, expected) => {
		expect(await normalise(name)).toBe(expected);
	});

	it('keeps a name made only of legal forms rather than emptying it', async () => {
		expect(await normalise('S.A.')).toBe('s a');
	});

	it('returns NULL for a missing or blank name', async () => {
		expect(await normalise(null)).toBeNull();
		expect(await normalise(' - ')).toBeNull();
	});
});
