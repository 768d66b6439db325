/**
 * The OCDS adapter: an OCDS file → the contracts CSV the import reads, one row per award (or per
 * contracting process with no award yet), with a fixed mapping and conventions (numbers as JSON
 * writes them, ISO dates) and each row's origin. A process published as several releases (a
 * release package with its history) is compiled into one (`compile-releases.ts`) in a second
 * pass over the file, so its value is counted once.
 */
import { fileProblem } from '../../report/problems.ts';
import { encodeOrigin, type OcdsOrigin } from '../../report/row-origin.ts';
import type { OcdsContents, OpenedSource } from '../open-source.ts';
import { compileReleases } from './compile-releases.ts';
import { assembleCsv, processRows, type ProcessRows } from './converted-csv.ts';
import { InvalidJsonError } from './invalid-json.ts';
import { asName, TooDeepError, type JsonObject } from './json-values.ts';
import { ocdsMapping } from './ocds-columns.ts';
import { releaseRows } from './release-rows.ts';
import { OcdsProblem, walkReleases, type OcdsFormat, type Where } from './walk-releases.ts';

/** Converts an OCDS file; a file that is not OCDS gets a `problem` and no bytes. */
export function convertOcds(format: OcdsFormat, bytes: Uint8Array): OpenedSource {
	try {
		const { slots: processes, contents } = readProcesses(format, bytes);
		const { bytes: csv, rowOrigins } = assembleCsv(processes);
		return {
			ocds: contents,
			format,
			bytes: csv,
			fixed: {
				kind: 'contracts',
				mapping: ocdsMapping(),
				encoding: 'utf-8',
				delimiter: ',',
				numberFormat: 'comma_dot',
				dateFormat: 'ymd'
			},
			rowOrigins
		};
	} catch (error) {
		const problem =
			error instanceof OcdsProblem
				? error.problem
				: error instanceof InvalidJsonError
					? invalidJson(error)
					: null;
		if (!problem) throw error;
		return { format, bytes: new Uint8Array(), fixed: {}, problem };
	}
}

function invalidJson(error: InvalidJsonError) {
	if (error.unexpected === null) return fileProblem('truncated_json', { line: error.line });
	return { ...fileProblem('invalid_json', { line: error.line }), value: error.unexpected };
}

/** Each process's rows in file order; processes seen more than once are compiled first. */
function readProcesses(
	format: OcdsFormat,
	bytes: Uint8Array
): { slots: ProcessRows[]; contents: OcdsContents } {
	const slots: ProcessRows[] = [];
	const seen = new Map<string, { slot: number; wheres: Where[] }>();
	let read = 0;
	let unit: Where['unit'] = 'release';
	walkReleases(format, bytes, (release, where) => {
		read++;
		unit = where.unit;
		const ocid = asName(release.ocid);
		const earlier = ocid === undefined ? undefined : seen.get(ocid);
		if (earlier) return void earlier.wheres.push(where);
		if (ocid !== undefined) seen.set(ocid, { slot: slots.length, wheres: [where] });
		slots.push(rowsOf(release, originOf([where], ocid)));
	});
	const repeated = new Map([...seen].filter(([, s]) => s.wheres.length > 1));
	const contents = () => describeContents(slots, { unit, read, compiled: repeated.size });
	if (repeated.size === 0) return { slots, contents: contents() };
	const releases = new Map<string, JsonObject[]>();
	walkReleases(format, bytes, (release) => {
		const ocid = asName(release.ocid);
		if (ocid === undefined || !repeated.has(ocid)) return;
		const list = releases.get(ocid);
		if (list) list.push(release);
		else releases.set(ocid, [release]);
	});
	for (const [ocid, { slot, wheres }] of repeated) {
		const origin = originOf(wheres, ocid);
		slots[slot] = rowsOf(compiled(releases.get(ocid) ?? [], origin), origin);
	}
	return { slots, contents: contents() };
}

function describeContents(
	slots: ProcessRows[],
	counts: Pick<OcdsContents, 'unit' | 'read' | 'compiled'>
): OcdsContents {
	const rows = slots.reduce((n, s) => n + s.rows.length, 0);
	const notAwarded = slots.filter((s) => !s.awarded).length;
	return { ...counts, processes: slots.length, rows, notAwarded };
}

function compiled(releases: JsonObject[], origin: OcdsOrigin): JsonObject {
	try {
		return compileReleases(releases);
	} catch (error) {
		throw tooDeep(error, origin);
	}
}

function rowsOf(release: JsonObject, origin: OcdsOrigin): ProcessRows {
	try {
		return processRows(
			releaseRows(release).map(({ row, award }) => ({
				row,
				origin: encodeOrigin(award === null ? origin : { ...origin, award })
			}))
		);
	} catch (error) {
		throw tooDeep(error, origin);
	}
}

/** A value nested far deeper than OCDS ever nests (`MAX_DEPTH`): refused, naming its process. */
function tooDeep(error: unknown, origin: OcdsOrigin): unknown {
	if (!(error instanceof TooDeepError)) return error;
	return new OcdsProblem({ ...fileProblem('json_too_deep'), value: origin.ocid ?? '?' });
}

function originOf(wheres: Where[], ocid: string | undefined): OcdsOrigin {
	const at = wheres.map((w) => w.index).filter((i) => i !== null);
	return { unit: wheres[0]!.unit, at, ...(ocid === undefined ? {} : { ocid }) };
}
