import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from './engine.ts';
import { openNodeEngine } from './node-engine.ts';
import { quoteIdent, sqlString } from './sql.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
});
afterAll(() => engine.close());

describe('the Node engine (duckdb-wasm, as in the browser)', () => {
	test('returns plain numbers for BIGINT and DECIMAL, text for text, null for NULL', async () => {
		const rows = await engine.query(
			"SELECT 2::BIGINT AS b, 1.25::DECIMAL(10, 2) AS d, 'x' AS s, NULL AS n, strftime(DATE '2021-02-28', '%d/%m/%Y') AS day"
		);
		expect(rows).toEqual([{ b: 2, d: 1.25, s: 'x', n: null, day: '28/02/2021' }]);
	});
	test('bound parameters carry hostile text as data, never as SQL', async () => {
		await engine.exec("CREATE TABLE t AS SELECT * FROM (VALUES ('a'), ('b')) v(x)");
		const hostile = "a' OR '1'='1";
		expect(await engine.query('SELECT count(*) AS n FROM t WHERE x = ?', [hostile])).toEqual([
			{ n: 0 }
		]);
		expect(await engine.query('SELECT count(*) AS n FROM t WHERE x = ?', ['a'])).toEqual([
			{ n: 1 }
		]);
	});
	test('quoteIdent and sqlString escape quotes so names and paths stay single tokens', async () => {
		const name = 'col"; DROP TABLE t; --';
		const rows = await engine.query(`SELECT ${sqlString("l'armée")} AS ${quoteIdent(name)}`);
		expect(rows).toEqual([{ [name]: "l'armée" }]);
		expect(await engine.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 2 }]);
	});
	test('registered bytes are readable by read_csv under the returned name', async () => {
		const path = await engine.registerFile(
			'fixture.csv',
			new TextEncoder().encode('a;b\n1;2\n3;4\n')
		);
		expect(
			await engine.query(`SELECT sum(b) AS s FROM read_csv(${sqlString(path)}, delim = ';')`)
		).toEqual([{ s: 6 }]);
	});
	test('no extension is fetched from the network: JSON functions fail cleanly instead', async () => {
		await expect(engine.query(`SELECT json_extract('{"a":1}', '$.a') AS v`)).rejects.toThrow();
	});
});
