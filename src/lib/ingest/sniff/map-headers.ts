/**
 * Header → canonical field mapping, and the guess of which kind of data a file holds.
 * A `Mapping` is plain JSON: the import page shows it, lets the user change it and saves it
 * under `headerSignature(headers)` for the next file of the same shape.
 */
import { DATA_KINDS, FIELD_SPECS, type DataKind } from '../fields/field-specs.ts';
import { HEADER_SYNONYMS } from '../fields/header-synonyms.ts';
import { normalizeText } from '../fields/normalize-text.ts';
import { parseHeader } from './parse-header.ts';

export interface FieldSource {
	/** Index of the source column in the file (0-based). */
	column: number;
	/** Multiplier applied to amounts (a header "en millions" gives 1e6). */
	scale: number;
}

export interface Mapping {
	kind: DataKind;
	/** Canonical field → the column it is read from. Unmapped fields are absent. */
	fields: Record<string, FieldSource>;
	/** Currency named by an amount header ('XOF', 'FCFA'…), used when the cells name none. */
	currency?: string;
}

export interface KindGuess {
	kind: DataKind;
	confidence: number;
	mapping: Mapping;
}

/** Maps `headers` for one kind: exact synonym matches first, then headers that start with one. */
export function mapHeaders(headers: string[], kind: DataKind): Mapping {
	const parsed = headers.map(parseHeader);
	const fields: Record<string, FieldSource> = {};
	const taken = new Set<number>();
	const synonyms = HEADER_SYNONYMS[kind];
	for (const pass of ['exact', 'prefix'] as const) {
		for (const spec of FIELD_SPECS[kind]) {
			if (fields[spec.name]) continue;
			const words = synonyms[spec.name] ?? [];
			const column = parsed.findIndex(
				(p, i) => !taken.has(i) && words.some((w) => matches(p.key, w, pass))
			);
			if (column < 0) continue;
			taken.add(column);
			fields[spec.name] = { column, scale: parsed[column]!.scale };
		}
	}
	const currency = parsed.find((p, i) => taken.has(i) && p.currency)?.currency;
	return currency ? { kind, fields, currency } : { kind, fields };
}

function matches(key: string, synonym: string, pass: 'exact' | 'prefix'): boolean {
	if (pass === 'exact') return key === synonym;
	return synonym.length > 2 && key.startsWith(`${synonym} `);
}

/** Maps `headers` for every kind and keeps the one that recognises most distinctive fields. */
export function guessKind(headers: string[]): KindGuess {
	const scored = DATA_KINDS.map((kind) => {
		const mapping = mapHeaders(headers, kind);
		const score = FIELD_SPECS[kind].reduce((sum, spec) => {
			if (!mapping.fields[spec.name]) return sum;
			return sum + (spec.signature ? 2 : 0) + (spec.required ? 1 : 0);
		}, 0);
		return { kind, mapping, score };
	}).sort((a, b) => b.score - a.score);
	const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]];
	const confidence = best.score === 0 ? 0 : (best.score - second.score) / best.score;
	return { kind: best.kind, confidence: round2(confidence), mapping: best.mapping };
}

/** Key under which a mapping is saved: the normalised headers, in order. */
export function headerSignature(headers: string[]): string {
	return headers.map(normalizeText).join('|');
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}
