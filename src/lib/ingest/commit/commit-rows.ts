/**
 * The only write to a canonical table: accepted rows of one staged import, in one transaction
 * that first removes any earlier rows of the same dataset (re-importing replaces, never doubles).
 * On any error the transaction is rolled back, so earlier data stays exactly as it was.
 */
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';
import { KIND_TABLES, type DataKind } from '../fields/field-specs.ts';
import { CANONICAL_DDL, insertSql } from './staging-sql.ts';
import type { StagedImport } from './stage-rows.ts';

/** Replaces dataset `datasetId` in its canonical table by the staged accepted rows, atomically. */
export async function commitRows(
	engine: Engine,
	kind: DataKind,
	staged: StagedImport,
	datasetId: string
): Promise<void> {
	await engine.exec(CANONICAL_DDL);
	await engine.exec('BEGIN TRANSACTION');
	try {
		await engine.query(`DELETE FROM ${quoteIdent(KIND_TABLES[kind])} WHERE dataset_id = ?`, [
			datasetId
		]);
		await engine.query(insertSql(kind, staged.rows, staged.insert, staged.inOrder), [datasetId]);
		await engine.exec('COMMIT');
	} catch (error) {
		await engine.exec('ROLLBACK');
		throw error;
	}
}

/** Removes one dataset from every canonical table (one transaction). */
export async function removeDatasetRows(engine: Engine, datasetId: string): Promise<void> {
	await engine.exec(CANONICAL_DDL);
	await engine.exec('BEGIN TRANSACTION');
	try {
		for (const table of Object.values(KIND_TABLES))
			await engine.query(`DELETE FROM ${quoteIdent(table)} WHERE dataset_id = ?`, [datasetId]);
		await engine.exec('COMMIT');
	} catch (error) {
		await engine.exec('ROLLBACK');
		throw error;
	}
}
