/**
 * Which files a view needs, decided from the manifest alone (nothing downloaded yet), and the
 * `read_csv` call that reads them with the canonical types.
 */
import { sqlString } from '../db/sql.ts';
import {
	MANIFEST_FORMAT,
	type GroupTotal,
	type Manifest,
	type Partition,
	type TableManifest
} from './layout.ts';

export interface PartitionFilter {
	/** ISO3 codes; empty or absent = every country. */
	countries?: readonly string[];
	/** Inclusive year range; absent ends are open. Partitions of unknown year are left out when set. */
	from?: number;
	to?: number;
}

/** The partitions of `table` that hold rows matching `filter`. */
export function selectPartitions(table: TableManifest, filter: PartitionFilter): Partition[] {
	const countries = filter.countries?.length ? new Set(filter.countries) : undefined;
	const ranged = filter.from !== undefined || filter.to !== undefined;
	return table.partitions.filter((p) => {
		if (countries && (p.country === null || !countries.has(p.country))) return false;
		if (!ranged) return true;
		if (p.year === null) return false;
		return p.year >= (filter.from ?? -Infinity) && p.year <= (filter.to ?? Infinity);
	});
}

/** Sums the partitions' pre-aggregates by group: an overview without downloading a row. */
export function sumTotals(partitions: readonly Partition[]): GroupTotal[] {
	const byGroup = new Map<string | null, GroupTotal>();
	for (const p of partitions)
		for (const t of p.totals) {
			const seen = byGroup.get(t.group) ?? { group: t.group, rows: 0, sum: null };
			seen.rows += t.rows;
			if (t.sum !== null) seen.sum = (seen.sum ?? 0) + t.sum;
			byGroup.set(t.group, seen);
		}
	return [...byGroup.values()].sort(byTotal);
}

/** Largest sum first, missing sums last, then by group (as `remoteTotals` orders in SQL). */
export function byTotal(a: GroupTotal, b: GroupTotal): number {
	if (a.sum !== b.sum) return a.sum === null ? 1 : b.sum === null ? -1 : b.sum - a.sum;
	return String(a.group ?? '\uffff').localeCompare(String(b.group ?? '\uffff'));
}

/**
 * `read_csv` of `files` (registered names or local paths) with the canonical column types, no
 * sniffing: the files are what `vigie convert` wrote, or canonical CSVs given to it.
 */
export function readPartitionsSql(
	table: Pick<TableManifest, 'columns'>,
	files: readonly string[],
	compression: 'gzip' | 'auto' = 'gzip'
): string {
	if (!files.length) throw new Error('readPartitionsSql: no file');
	const columns = table.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
	return `read_csv([${files.map(sqlString).join(', ')}], header = true, delim = ',', quote = '"', escape = '"', compression = ${sqlString(compression)}, hive_partitioning = false, columns = {${columns}})`;
}

/** Relative, inside the manifest's folder: no scheme, no leading `/`, no `..`. */
const SAFE_PATH = /^(?!.*\.\.)[\w=.-]+(\/[\w=.-]+)*$/;

/** Parses and checks a manifest's shape; throws a plain Error on anything else. */
export function parseManifest(json: unknown): Manifest {
	const m = json as Manifest;
	if (!m || typeof m !== 'object' || m.format !== MANIFEST_FORMAT || typeof m.tables !== 'object')
		throw new Error(`not a ${MANIFEST_FORMAT} manifest`);
	for (const table of Object.values(m.tables)) {
		const ok =
			Array.isArray(table?.columns) &&
			Array.isArray(table.partitions) &&
			table.partitions.every((p) => p.files.every((f) => SAFE_PATH.test(f.path))) &&
			table.columns.every((c) => /^[A-Z]+(\(\d+(,\d+)?\))?$/.test(c.type));
		if (!ok) throw new Error('manifest: malformed table');
	}
	return m;
}
