/**
 * Imported datasets kept in the browser's IndexedDB across reloads: the original file bytes and
 * the frozen import options (see dataset-record.ts), plus the mappings saved per header
 * signature. Every change is one IndexedDB transaction over all the stores it touches, so a
 * failure (quota, tab closed) leaves the earlier datasets exactly as they were.
 *
 * Why the original bytes and not DuckDB's canonical rows: the engine has no way to hand a
 * `COPY … TO` file back to JavaScript, the original keeps `source_row` meaningful (it points
 * into the very file the user has), and a replay with frozen options gives the same rows.
 */
import type { DatasetRecord } from '../ingest/persist/dataset-record.ts';
import type { Mapping } from '../ingest/sniff/map-headers.ts';

export interface DatasetStore {
	list(): Promise<DatasetRecord[]>;
	/**
	 * Adds a dataset: record and bytes written together or not at all. Rejects with a
	 * `ConstraintError` if the id is taken (another tab may have saved it since this one looked).
	 * `bytes` may be the picked File itself (the same bytes, already a Blob).
	 */
	save(record: DatasetRecord, bytes: Uint8Array | Blob): Promise<void>;
	readBytes(id: string): Promise<Uint8Array | undefined>;
	rename(id: string, name: string): Promise<void>;
	remove(id: string): Promise<void>;
	saveMapping(signature: string, mapping: Mapping): Promise<void>;
	loadMapping(signature: string): Promise<Mapping | undefined>;
}

const STORES = { datasets: 'datasets', files: 'files', mappings: 'mappings' } as const;

/** Opens (creating on first use) Vigie's IndexedDB database. */
export async function openDatasetStore(
	factory: IDBFactory = indexedDB,
	name = 'vigie'
): Promise<DatasetStore> {
	const db = await request(
		(() => {
			const open = factory.open(name, 1);
			open.onupgradeneeded = () => {
				for (const store of Object.values(STORES)) open.result.createObjectStore(store);
			};
			return open;
		})()
	);
	const run = <T>(
		stores: string[],
		mode: IDBTransactionMode,
		work: (tx: IDBTransaction) => IDBRequest<T> | void
	) =>
		new Promise<T>((resolve, reject) => {
			const tx = db.transaction(stores, mode);
			const req = work(tx);
			tx.oncomplete = () => resolve(req ? req.result : (undefined as T));
			// A failed request (a taken id…) is the cause; `tx.error` is only set once it aborts.
			tx.onerror = (event) => reject((event.target as IDBRequest | null)?.error ?? tx.error);
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	const { datasets, files, mappings } = STORES;
	return {
		list: async () => {
			const all = await run<DatasetRecord[]>([datasets], 'readonly', (tx) =>
				tx.objectStore(datasets).getAll()
			);
			return all.sort((a, b) => a.created.localeCompare(b.created));
		},
		save: (record, bytes) =>
			run([datasets, files], 'readwrite', (tx) => {
				// `add`, not `put`: two tabs importing at once never overwrite each other's dataset.
				tx.objectStore(datasets).add(record, record.id);
				// As a Blob: Chromium writes it to disk as it is, whereas a typed array is serialised
				// on the page's thread (1.2 s of frozen page for a 100 MB file, measured). The page
				// passes the File it was given: making a Blob of 100 MB of bytes costs 0.7 s more.
				const blob = bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]);
				tx.objectStore(files).put(blob, record.id);
			}),
		readBytes: async (id) => {
			// Earlier versions stored the bytes themselves.
			const stored = await run<Blob | Uint8Array | undefined>([files], 'readonly', (tx) =>
				tx.objectStore(files).get(id)
			);
			return stored instanceof Blob ? new Uint8Array(await stored.arrayBuffer()) : stored;
		},
		rename: (id, newName) =>
			run([datasets], 'readwrite', (tx) => {
				const store = tx.objectStore(datasets);
				const get = store.get(id);
				get.onsuccess = () => {
					if (get.result) store.put({ ...get.result, name: newName }, id);
				};
			}),
		remove: (id) =>
			run([datasets, files], 'readwrite', (tx) => {
				tx.objectStore(datasets).delete(id);
				tx.objectStore(files).delete(id);
			}),
		saveMapping: (signature, mapping) =>
			run([mappings], 'readwrite', (tx) => {
				tx.objectStore(mappings).put(mapping, signature);
			}),
		loadMapping: (signature) =>
			run<Mapping | undefined>([mappings], 'readonly', (tx) =>
				tx.objectStore(mappings).get(signature)
			)
	};
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}
