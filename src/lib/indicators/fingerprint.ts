/**
 * The dataset fingerprint of an indicator set: one SHA-256 over every input's content, so a
 * published scorecard can be checked later by re-running it on the same files. The same code
 * runs in the browser and in Node ≥ 20, both of which expose Web Crypto as `globalThis.crypto`.
 *
 * Recipe (also in the README and on the methodology page):
 * 1. `sha256` of each input = SHA-256 of its bytes exactly as read (an imported file's original
 *    bytes, a default data file as shipped, e.g. `data/sipri-milex.csv`).
 * 2. `options_sha256` of an imported dataset = SHA-256 of the canonical JSON (keys sorted, no
 *    spaces) of its frozen import options: encoding, delimiter, number and date formats, column
 *    mapping, country, currency. Default data files have none.
 * 3. Each input's entry is `sha256` or `sha256:options_sha256`; the fingerprint is the SHA-256
 *    of the entries sorted and joined with `\n`. Sorting makes import order irrelevant; names
 *    are not hashed, so renaming a file does not change it; the same file twice counts twice.
 */

/** One input as read: a label, its bytes and, for an imported dataset, its import options. */
export interface FingerprintSource {
	name: string;
	bytes: Uint8Array;
	options?: unknown;
}

/** One input's hashes, as listed in the set's metadata. */
export interface InputHash {
	name: string;
	sha256: string;
	options_sha256?: string;
}

export interface Fingerprint {
	algorithm: 'sha256';
	value: string;
	inputs: InputHash[];
}

/** Lower-case hex SHA-256 of bytes or of a string's UTF-8 encoding. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	// A copy into a fresh ArrayBuffer: a view may share a larger (or shared) buffer.
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted at every depth and `undefined` members dropped. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** Hashes one input (step 1 and 2 of the recipe). */
export async function hashInput(source: FingerprintSource): Promise<InputHash> {
	const hash: InputHash = { name: source.name, sha256: await sha256Hex(source.bytes) };
	if (source.options !== undefined)
		hash.options_sha256 = await sha256Hex(canonicalJson(source.options));
	return hash;
}

/** The fingerprint of a set of inputs (step 3), with each input's own hashes in given order. */
export async function fingerprintInputs(
	sources: readonly FingerprintSource[]
): Promise<Fingerprint> {
	const inputs: InputHash[] = [];
	for (const source of sources) inputs.push(await hashInput(source));
	return { algorithm: 'sha256', value: await combineHashes(inputs), inputs };
}

/** Step 3 alone: lets a reader recompute the fingerprint from the listed input hashes. */
export function combineHashes(inputs: readonly InputHash[]): Promise<string> {
	const entries = inputs.map((i) =>
		i.options_sha256 ? `${i.sha256}:${i.options_sha256}` : i.sha256
	);
	return sha256Hex(entries.sort().join('\n'));
}
