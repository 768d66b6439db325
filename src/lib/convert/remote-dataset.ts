/**
 * Reads a dataset published by `vigie convert` in place, next to the site: the manifest first
 * (a few KB), then only the partition files a filter selects, each checked against its sha256,
 * decompressed and typed by the engine. Runs unchanged in the browser and in Node (tests): it
 * only needs `fetch` and an `Engine`.
 */
import type { Engine } from '../db/engine.ts';
import { quoteIdent } from '../db/sql.ts';
import {
	PARTITIONING,
	type GroupTotal,
	type Manifest,
	type PartitionedTable,
	type PartitionFile
} from './layout.ts';
import {
	parseManifest,
	readPartitionsSql,
	selectPartitions,
	type PartitionFilter
} from './select-partitions.ts';

type Fetch = (url: string) => Promise<Response>;

export interface RemoteView {
	/** The engine table holding the fetched rows. */
	relation: string;
	/** URLs fetched, in order. */
	urls: string[];
	/** Bytes downloaded (compressed, as published) and rows loaded. */
	bytes: number;
	rows: number;
	/** The whole table, for scale: what a download of everything would cost. */
	totalBytes: number;
	totalRows: number;
	/** False when the page has no Web Crypto (plain http on another host): nothing was checked. */
	verified: boolean;
}

/** Fetches and checks a manifest; `url` must be absolute (partition paths are relative to it). */
export async function fetchManifest(url: string, fetchFn: Fetch = fetch): Promise<Manifest> {
	const response = await fetchFn(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return parseManifest(await response.json());
}

async function sha256(bytes: Uint8Array): Promise<string | null> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return null;
	const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
	return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One published file, checked against its sha256. A host that labels `.gz` files
 * `Content-Encoding: gzip` has the browser inflate them: the text is right, but it is no longer
 * the file the sha256 describes, so it is taken unverified.
 */
async function fetchFile(fetchFn: Fetch, url: string, file: PartitionFile) {
	const response = await fetchFn(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	const inflated = bytes[0] !== 0x1f || bytes[1] !== 0x8b;
	const digest = inflated ? null : await sha256(bytes);
	if (digest !== null && digest !== file.sha256)
		throw new Error(`${url}: sha256 does not match the manifest`);
	return { bytes, inflated, verified: digest !== null };
}

/**
 * Downloads the partitions of `table` matching `filter` and loads them into the temporary table
 * `relation` (replaced if it exists). Throws when a file is missing or does not match its sha256.
 */
export async function loadRemoteView(
	engine: Engine,
	source: { url: string; manifest: Manifest },
	table: PartitionedTable,
	filter: PartitionFilter,
	options: { fetch?: Fetch; relation?: string } = {}
): Promise<RemoteView> {
	const described = source.manifest.tables[table];
	if (!described) throw new Error(`manifest: no ${table} table`);
	const { fetch: fetchFn = fetch, relation = `remote_${table}` } = options;
	const files = selectPartitions(described, filter).flatMap((p) => p.files);
	const view: RemoteView = {
		relation,
		urls: [],
		bytes: 0,
		rows: 0,
		totalBytes: described.bytes,
		totalRows: described.rows,
		verified: true
	};
	const names: string[] = [];
	try {
		for (const [i, file] of files.entries()) {
			const url = new URL(file.path, source.url).href;
			view.urls.push(url);
			const got = await fetchFile(fetchFn, url, file);
			if (!got.verified) view.verified = false;
			view.bytes += got.inflated ? file.bytes : got.bytes.byteLength;
			const name = `${relation}_${i}.csv${got.inflated ? '' : '.gz'}`;
			await engine.dropFile(name).catch(() => undefined);
			names.push(await engine.registerFile(name, got.bytes));
		}
		await fill(engine, relation, described.columns, names);
	} finally {
		for (const name of names) await engine.dropFile(name).catch(() => undefined);
	}
	const [count] = await engine.query<{ n: number }>(
		`SELECT count(*) AS n FROM ${quoteIdent(relation)}`
	);
	view.rows = count?.n ?? 0;
	return view;
}

/** Replaces `relation` with the files' rows, or an empty table of the same columns. */
async function fill(
	engine: Engine,
	relation: string,
	columns: { name: string; type: string }[],
	names: string[]
): Promise<void> {
	const target = quoteIdent(relation);
	if (names.length) {
		const read = readPartitionsSql({ columns }, names, 'auto');
		await engine.exec(`CREATE OR REPLACE TEMP TABLE ${target} AS SELECT * FROM ${read}`);
		return;
	}
	const list = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${target} (${list})`);
}

/** Totals by method (contracts) or sector (budget lines) over a loaded view, as the manifest has them. */
export async function remoteTotals(
	engine: Engine,
	view: Pick<RemoteView, 'relation'>,
	table: PartitionedTable
): Promise<GroupTotal[]> {
	const { group, measure } = PARTITIONING[table];
	return engine.query<GroupTotal>(
		`SELECT ${group} AS "group", count(*) AS rows, sum(${measure}) AS sum
		 FROM ${quoteIdent(view.relation)} GROUP BY ALL ORDER BY sum DESC NULLS LAST, "group"`
	);
}
