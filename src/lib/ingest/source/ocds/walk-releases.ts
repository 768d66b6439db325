/**
 * Every compiled release of an OCDS file, whatever its shape: a release package (`releases`), a
 * record package (each record's `compiledRelease`), a single release or record, an array of
 * them, JSON Lines of them (or of packages), or Flatten Tool's CSV. Each release comes with
 * where it sits in the file, for the problems of its rows.
 */
import { fileProblem, type Problem } from '../../report/problems.ts';
import { asName, asObject, asObjects, type JsonObject } from './json-values.ts';
import { parseWholeJson, streamOcdsJson } from './read-json.ts';
import { streamFlattened } from './read-flattened.ts';
import { streamJsonLines } from './read-json-lines.ts';

export type OcdsFormat = 'ocds-json' | 'ocds-jsonl' | 'ocds-csv';

/** A release's place: "release 3", "record 2", "line 40", "row 7"; no number for a lone one. */
export interface Where {
	unit: 'release' | 'record' | 'line' | 'row';
	index: number | null;
}

/** Why the file cannot be read as OCDS; the import stops with it. */
export class OcdsProblem extends Error {
	constructor(readonly problem: Problem) {
		super(problem.code);
	}
}

export type OnRelease = (release: JsonObject, where: Where) => void;

/** Calls `onRelease` for each compiled release of the file; throws `OcdsProblem`. */
export function walkReleases(format: OcdsFormat, bytes: Uint8Array, onRelease: OnRelease): void {
	let found = 0;
	const counted: OnRelease = (release, where) => (found++, onRelease(release, where));
	if (format === 'ocds-csv')
		streamFlattened(bytes, (r, line) => counted(r, { unit: 'row', index: line }));
	else if (format === 'ocds-jsonl')
		streamJsonLines(bytes, (value, line) =>
			walkValue(value, { unit: 'line', index: line }, counted)
		);
	else walkJson(bytes, counted);
	if (found === 0) throw new OcdsProblem(fileProblem('not_ocds'));
}

/** One parsed value: a release, a record, or a package of either (JSON Lines, arrays). */
function walkValue(value: unknown, where: Where, onRelease: OnRelease): void {
	const object = asObject(value);
	if (!object) return;
	if (isRecord(object)) return onRelease(compiledOf(object, where), where);
	if (Array.isArray(object.records))
		return asObjects(object.records).forEach((r, i) =>
			onRelease(compiledOf(r, { unit: 'record', index: i + 1 }), { unit: 'record', index: i + 1 })
		);
	if (Array.isArray(object.releases))
		return asObjects(object.releases).forEach((r, i) =>
			onRelease(r, { unit: 'release', index: i + 1 })
		);
	if (object.ocid !== undefined) onRelease(object, where);
}

/** A record has a compiled release, or an ocid beside its list of releases. */
function isRecord(object: JsonObject): boolean {
	return (
		object.compiledRelease !== undefined ||
		(object.ocid !== undefined && Array.isArray(object.releases))
	);
}

function compiledOf(record: JsonObject, where: Where): JsonObject {
	const compiled = asObject(record.compiledRelease);
	if (compiled) return compiled;
	const ocid = asName(record.ocid) ?? asName(asObjects(record.releases)[0]?.ocid) ?? '?';
	throw new OcdsProblem(fileProblem('no_compiled_release', { index: where.index ?? 1, ocid }));
}

/**
 * A JSON file, streamed. Its shape is known only at the end (a lone record may list its releases
 * before its `compiledRelease`), so a package's releases are handed over as they come and taken
 * back (`discard`) if the file turns out to be one record.
 */
function walkJson(bytes: Uint8Array, onRelease: OnRelease): void {
	const releases: JsonObject[] = [];
	let records = 0;
	let compiled: JsonObject | undefined;
	let ocid: unknown;
	const root = streamOcdsJson(bytes, (value, role) => {
		const object = asObject(value);
		if (role === 'element') return walkValue(value, { unit: 'release', index: null }, onRelease);
		if (role === 'ocid') return void (ocid = value);
		if (role === 'compiledRelease') return void (compiled = object);
		if (!object) return;
		if (role === 'records') {
			records++;
			const where: Where = { unit: 'record', index: records };
			return onRelease(compiledOf(object, where), where);
		}
		releases.push(object);
	});
	if (root === 'array' || records > 0) return;
	if (compiled) return onRelease(compiled, { unit: 'record', index: null });
	if (ocid !== undefined && releases.length)
		throw new OcdsProblem(fileProblem('no_compiled_release', { index: 1, ocid: String(ocid) }));
	if (ocid !== undefined)
		return onRelease(asObject(parseWholeJson(bytes)) ?? {}, { unit: 'release', index: null });
	releases.forEach((r, i) => onRelease(r, { unit: 'release', index: i + 1 }));
}
