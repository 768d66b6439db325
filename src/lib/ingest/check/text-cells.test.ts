import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import { importFile } from '../import-file.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
});
afterAll(() => engine.close());

const csv = (text: string) => new TextEncoder().encode(text);

test('an institution typed on two lines, or with doubled spaces, is the same institution', async () => {
	const file = csv(
		'Pays;Année;Ministère;Crédits votés\n' +
			'Niger;2022;Ministère de la Défense nationale;100\n' +
			'Niger;2022;"Ministère de la Défense\nnationale";200\n' +
			'Niger;2022;Ministère  de la\tDéfense nationale;300\n'
	);
	const result = await importFile(engine, { name: 'two-lines.csv', bytes: file });
	expect(result.accepted).toBe(3);
	const rows = await engine.query<{ institution: string; n: number }>(
		'SELECT institution, count(*) AS n FROM budget_lines GROUP BY institution'
	);
	expect(rows).toEqual([{ institution: 'Ministère de la Défense nationale', n: 3 }]);
});

test('a file of blank lines is reported as empty, not as missing columns', async () => {
	const result = await importFile(engine, { name: 'blank.csv', bytes: csv('\n  \r\n\t\n') });
	expect(result.problems.map((p) => p.code)).toEqual(['empty_file']);
});
