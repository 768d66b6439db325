/**
 * Node side of `vigie publish`: one imported dataset written as a canonical CSV (the table's
 * columns but `dataset_id`, in file order, UTF-8, `,`, header row), the form the site loads by
 * default and the Data Package describes; and the SHA-256 and size of any written file.
 * DuckDB writes the values (ISO dates, `true`/`false`, numbers at full precision), so the site
 * reads back exactly the rows the importer stored.
 */
import { createHash } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import type { Engine } from '../db/engine.ts';
import { quoteIdent, sqlString } from '../db/sql.ts';
import { KIND_TABLES, type DataKind } from '../ingest/fields/kinds.ts';

export async function fileDigest(path: string): Promise<{ bytes: number; sha256: string }> {
	const data = await readFile(path);
	return { bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') };
}

export async function writeCanonicalCsv(
	engine: Engine,
	kind: DataKind,
	datasetId: string,
	path: string
): Promise<{ bytes: number; sha256: string }> {
	await engine.exec(
		`COPY (SELECT * EXCLUDE (dataset_id) FROM ${quoteIdent(KIND_TABLES[kind])}
			WHERE dataset_id = ${sqlString(datasetId)} ORDER BY source_row)
		 TO ${sqlString(path)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"')`
	);
	// DuckDB writes 0600: a web server running as another user could not read it
	await chmod(path, 0o644);
	return fileDigest(path);
}
