/**
 * The OCDS adapter: an OCDS file → the contracts CSV the import reads, one row per award (or per
 * contracting process with no award yet), with a fixed mapping and conventions (numbers as JSON
 * writes them, ISO dates) and each row's origin. A process published as several releases (a
 * release package with its history) is compiled into one (`compile-releases.ts`) in a second
 * pass over the file, so its value is counted once.
 */
import { fileProblem } from '../../report/problems.ts';
import type { OpenedSource } from '../open-source.ts';
import { compileReleases } from './compile-releases.ts';
import { assembleCsv, processRows, type ProcessRows } from './converted-csv.ts';
import { InvalidJsonError } from './invalid-json.ts';
import { asName, type JsonObject } from './json-values.ts';
import { ocdsMapping } from './ocds-columns.ts';
import { releaseRows } from './release-rows.ts';
import { OcdsProblem, walkReleases, type OcdsFormat, type Where } from './walk-releases.ts';

/** Converts an OCDS file; a file that is not OCDS gets a `problem` and no bytes. */
export function convertOcds(format: OcdsFormat, bytes: Uint8Array): OpenedSource {
	try {
		const processes = readProcesses(format, bytes);
		const { bytes: csv, rowOrigins } = assembleCsv(processes);
		return {
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
function readProcesses(format: OcdsFormat, bytes: Uint8Array): ProcessRows[] {
	const slots: ProcessRows[] = [];
	const seen = new Map<string, { slot: number; wheres: Where[] }>();
	walkReleases(format, bytes, (release, where) => {
		const ocid = asName(release.ocid);
		const earlier = ocid === undefined ? undefined : seen.get(ocid);
		if (earlier) return void earlier.wheres.push(where);
		if (ocid !== undefined) seen.set(ocid, { slot: slots.length, wheres: [where] });
		slots.push(rowsOf(release, describe([where], ocid)));
	});
	const repeated = new Map([...seen].filter(([, s]) => s.wheres.length > 1));
	if (repeated.size === 0) return slots;
	const releases = new Map<string, JsonObject[]>();
	walkReleases(format, bytes, (release) => {
		const ocid = asName(release.ocid);
		if (ocid === undefined || !repeated.has(ocid)) return;
		const list = releases.get(ocid);
		if (list) list.push(release);
		else releases.set(ocid, [release]);
	});
	for (const [ocid, { slot, wheres }] of repeated) {
		const origin = describe(wheres, ocid);
		slots[slot] = rowsOf(compiled(releases.get(ocid) ?? [], origin), origin);
	}
	return slots;
}

function compiled(releases: JsonObject[], origin: string): JsonObject {
	try {
		return compileReleases(releases);
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		throw new OcdsProblem({ ...fileProblem('json_too_deep'), value: origin });
	}
}

function rowsOf(release: JsonObject, origin: string): ProcessRows {
	try {
		return processRows(
			releaseRows(release).map(({ row, award }) => ({
				row,
				origin: award === null ? origin : `${origin}, award ${award}`
			}))
		);
	} catch (error) {
		// A value nested thousands deep where a name or number belongs: writing it out as text
		// would overflow the stack. Refused, with the release it is in.
		if (!(error instanceof RangeError)) throw error;
		throw new OcdsProblem({ ...fileProblem('json_too_deep'), value: origin });
	}
}

/** "release 3 (ocds-213czf-1)", "releases 1, 2, 3 (…)", "line 40 (…)", "record (…)". */
function describe(wheres: Where[], ocid: string | undefined): string {
	const numbers = wheres.map((w) => w.index).filter((i) => i !== null);
	const unit = `${wheres[0]!.unit}${numbers.length > 1 ? 's' : ''}`;
	const list = numbers.length > 6 ? `${numbers.slice(0, 5).join(', ')}…` : numbers.join(', ');
	return `${unit}${list ? ` ${list}` : ''}${ocid === undefined ? '' : ` (${ocid})`}`;
}
