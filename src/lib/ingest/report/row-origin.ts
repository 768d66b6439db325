/**
 * Where a converted file's row came from, as the adapter records it (`OpenedSource.rowOrigins`)
 * and a problem carries it (`Problem.origin`). OCDS origins are stored as a small JSON object and
 * put into words only when shown, in the reader's language ("publication 3 (ocds-213czf-1),
 * attribution 2"); any other origin is plain text, shown as written.
 */
import { hasMessage, translate, type Locale, type MessageKey } from '../../i18n/index.ts';

export interface OcdsOrigin {
	/** What the original file is made of: releases, records, JSON Lines lines, Flatten Tool rows. */
	unit: 'release' | 'record' | 'line' | 'row';
	/** Their numbers (several when a process's releases were compiled); empty for a lone one. */
	at: number[];
	ocid?: string;
	/** 1-based position of the award in the release's `awards`. */
	award?: number;
}

export function encodeOrigin(origin: OcdsOrigin): string {
	return JSON.stringify(origin);
}

/** The origin in words in `locale`. */
export function formatOrigin(origin: string, locale: Locale): string {
	const o = decode(origin);
	if (!o) return origin;
	const numbers = o.at.length > 6 ? `${o.at.slice(0, 5).join(', ')}…` : o.at.join(', ');
	const form = o.at.length === 0 ? 'alone' : o.at.length === 1 ? 'one' : 'many';
	const key = `import_origin_${o.unit}_${form}`;
	let text = hasMessage(key) ? translate(locale, key as MessageKey, { at: numbers }) : o.unit;
	if (o.ocid !== undefined) text += ` (${o.ocid})`;
	if (o.award !== undefined) text += translate(locale, 'import_origin_award', { award: o.award });
	return text;
}

function decode(origin: string): OcdsOrigin | null {
	if (!origin.startsWith('{')) return null;
	try {
		const o = JSON.parse(origin) as OcdsOrigin;
		return Array.isArray(o.at) && typeof o.unit === 'string' ? o : null;
	} catch {
		return null;
	}
}
