import { expect, test } from 'vitest';
import { splittingFlaggedSql, withScope } from './with-scope.ts';

test('withScope puts the chosen contracts first, whether or not the query opens with WITH', () => {
	expect(withScope('-- c\nSELECT 1 FROM contracts', 'SELECT 2')).toBe(
		'WITH contracts AS (SELECT 2)\nSELECT 1 FROM contracts'
	);
	expect(withScope('-- c\n-- d\nWITH a AS (SELECT 1) SELECT * FROM a', 'S')).toBe(
		'WITH contracts AS (S),\na AS (SELECT 1) SELECT * FROM a'
	);
});

test('splittingFlaggedSql keeps the query up to its flagged step, and fails loudly otherwise', () => {
	const sql = 'WITH flagged AS (SELECT 1 AS x\n)\nSELECT s.country FROM scope s';
	expect(splittingFlaggedSql(sql)).toBe(
		'WITH flagged AS (SELECT 1 AS x\n)\nSELECT dataset_id, source_row FROM flagged'
	);
	expect(() => splittingFlaggedSql('SELECT 1')).toThrow(/flagged/);
});
