/**
 * The one interface every SQL caller uses. Two implementations share it: the browser's
 * duckdb-wasm worker (`browser-engine.ts`) and Node's DuckDB (`node-engine.ts`), so a
 * query module runs unchanged in the page, in unit tests and in the `vigie` CLI.
 *
 * Conventions that keep both engines' answers identical:
 * - values are bound with `?` placeholders, never concatenated;
 * - integers and decimals come back as JS numbers;
 * - dates must be selected as text (`strftime(d, '%Y-%m-%d')`), never as DATE values.
 */
export type Row = Record<string, unknown>;

export interface Engine {
	/** Runs one statement with bound parameters and returns plain row objects. */
	query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
	/** Runs one or more statements without parameters (DDL, SET…). */
	exec(sql: string): Promise<void>;
	/**
	 * Makes `bytes` readable by DuckDB table functions (`read_csv`) and returns the
	 * path to write in SQL (quote it with `sqlString`). `name` must be unique per engine.
	 */
	registerFile(name: string, bytes: Uint8Array): Promise<string>;
	/** Frees what `registerFile` holds. */
	dropFile(name: string): Promise<void>;
	close(): Promise<void>;
}

/** Settings applied on open by every engine: nothing is ever fetched from DuckDB's servers. */
export const ENGINE_SETTINGS = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];
