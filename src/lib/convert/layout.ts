/**
 * The published layout of a converted dataset, shared by the writer (Node, `vigie convert`) and
 * the reader (browser, `remote-dataset.ts`): one gzip-compressed canonical CSV per table, country
 * and year, Hive-style (`contracts/country=NER/year=2019/data_0.csv.gz`), and a `manifest.json`
 * that lists every file with its size, sha256, row count, ranges and small pre-aggregates.
 *
 * Why gzip CSV and not Parquet or a DuckDB file: DuckDB-wasm reads Parquet only through an
 * extension fetched from DuckDB's servers (which Vigie never contacts, and the npm package ships
 * none), and .duckdb files written by duckdb-wasm 1.32 in Node read back empty. The core engine
 * reads `.csv.gz` itself. The unit of download is a partition, not a byte range: a view fetches
 * the few files its filter selects and nothing else.
 */

export const MANIFEST_FORMAT = 'vigie-partitions/1';

export type PartitionedTable = 'contracts' | 'budget_lines';

/** Per table: SQL for the two partition keys and the group behind the pre-aggregates. */
export const PARTITIONING: Record<
	PartitionedTable,
	{ year: string; group: string; measure: string; range: string }
> = {
	contracts: { year: 'year(award_date)', group: 'method', measure: 'amount', range: 'award_date' },
	budget_lines: { year: 'year', group: 'sector', measure: 'executed', range: 'year' }
};

/** One group's pre-aggregate in a partition: e.g. the direct awards' count and sum. */
export interface GroupTotal {
	/** `method` (contracts) or `sector` (budget lines); null = not stated. */
	group: string | null;
	rows: number;
	/** Sum of `amount` (contracts) or `executed` (budget lines); null when all are missing. */
	sum: number | null;
}

/** One published file. DuckDB may split a partition into several when it has many open. */
export interface PartitionFile {
	/** Relative to the manifest's folder, `/`-separated. */
	path: string;
	/** Size as published (gzip). */
	bytes: number;
	sha256: string;
}

export interface Partition {
	country: string | null;
	year: number | null;
	rows: number;
	/** Sum of the files' sizes. */
	bytes: number;
	files: PartitionFile[];
	/** Smallest and largest `award_date` (contracts, as text) or `year` (budget lines). */
	min: string | number | null;
	max: string | number | null;
	totals: GroupTotal[];
}

export interface TableManifest {
	/** Canonical columns in file order, with DuckDB types: the reader's `read_csv` schema. */
	columns: { name: string; type: string }[];
	rows: number;
	bytes: number;
	partitions: Partition[];
}

export interface Manifest {
	format: typeof MANIFEST_FORMAT;
	created: string;
	tables: Partial<Record<PartitionedTable, TableManifest>>;
}

/** The key text of a partition folder: no NULL folder (duckdb-wasm cannot write one). */
export const NO_COUNTRY = 'none';
export const NO_YEAR = 0;
