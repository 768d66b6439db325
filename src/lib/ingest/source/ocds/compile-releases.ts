/**
 * Several releases of one contracting process → its compiled release, by OCDS 1.1's merge
 * routine (https://standard.open-contracting.org/1.1/en/schema/merging/), simplified: releases in
 * date order (file order when equal); a later value replaces an earlier one; `null` removes the
 * field; objects merge member by member; arrays of objects that all have an `id` merge by id
 * (identifier merge), any other array is replaced whole. A release package that gives the whole
 * history of a process (the fictional example's six releases) is then read as one process, as
 * its record's `compiledRelease` would be — never as six.
 */
import { asObject, checkDepth, type JsonObject } from './json-values.ts';

/** The compiled release of `releases` (all of one ocid). */
export function compileReleases(releases: JsonObject[]): JsonObject {
	const ordered = releases
		.map((release, i) => ({ release, i }))
		.sort((a, b) => compareDates(a.release.date, b.release.date) || a.i - b.i);
	const compiled: JsonObject = {};
	for (const { release } of ordered) {
		checkDepth(release); // the merge recurses: a release nested thousands deep is refused first
		mergeInto(compiled, release);
	}
	compiled.tag = ['compiled'];
	return compiled;
}

function compareDates(a: unknown, b: unknown): number {
	const x = typeof a === 'string' ? Date.parse(a) : NaN;
	const y = typeof b === 'string' ? Date.parse(b) : NaN;
	if (Number.isNaN(x) || Number.isNaN(y)) return 0;
	return x - y;
}

function mergeInto(target: JsonObject, source: JsonObject): void {
	for (const [key, value] of Object.entries(source)) {
		if (value === null) delete target[key];
		else if (asObject(value)) {
			const into = asObject(target[key]) ?? {};
			mergeInto(into, value as JsonObject);
			target[key] = into;
		} else if (Array.isArray(value) && isIdentified(value)) {
			target[key] = mergeById(Array.isArray(target[key]) ? target[key] : [], value);
		} else target[key] = value;
	}
}

function isIdentified(items: unknown[]): items is JsonObject[] {
	return items.length > 0 && items.every((item) => asObject(item)?.id !== undefined);
}

function mergeById(existing: unknown[], incoming: JsonObject[]): JsonObject[] {
	const merged = existing.filter((e): e is JsonObject => asObject(e) !== undefined);
	for (const item of incoming) {
		const match = merged.find((m) => String(m.id) === String(item.id));
		if (match) mergeInto(match, item);
		else {
			const copy: JsonObject = {};
			mergeInto(copy, item);
			merged.push(copy);
		}
	}
	return merged;
}
