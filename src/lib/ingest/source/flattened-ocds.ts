/**
 * OCDS flattened by Flatten Tool (the CSV/XLSX-exported CSV publishers use): one row per release
 * or record, headings that are JSON paths (`ocid`, `tender/procurementMethod`,
 * `awards/0/value/amount`). Told apart from an ordinary contracts list by its header alone.
 */
import { SNIFF_BYTES } from '../sniff/sniff-file.ts';

/** True when the first line has an `ocid` heading and at least one OCDS path heading. */
export function isFlattenedOcds(bytes: Uint8Array): boolean {
	const head = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
	const firstLine = head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
	const headings = firstLine.split(/[,;\t|]/).map((h) => h.trim().replace(/^"|"$/g, ''));
	return (
		headings.includes('ocid') &&
		headings.some((h) => /^(tender|awards|contracts|buyer|planning)\//.test(h))
	);
}
