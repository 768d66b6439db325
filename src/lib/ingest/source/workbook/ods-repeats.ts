/**
 * Cells an OpenDocument sheet expands to. ODS stores "the same cell, N columns across" and "the
 * same row, N rows down" as attributes, and SheetJS materialises every repeated cell that holds
 * a value: a 30 KB file can ask for 17 billion cells (1,048,576 rows × 16,384 columns). Counted
 * on the XML text before parsing, with the same reading of the attributes as SheetJS
 * (`parse_content_xml`). A self-closing cell holds no value and costs nothing; an empty cell
 * written with a closing tag is counted too (SheetJS skips it, so this errs on the safe side).
 */

/** `<table:table-row …>` or `<table:table-cell …>`, any namespace prefix, not closing tags. */
const TAG = /<(?:[\w.-]+:)?(table-row|table-cell)(?=[\s/>])([^>]*)>/g;

function attribute(attrs: string, name: string): string | undefined {
	return new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
}

/** Cells with a value that SheetJS would create for `xml` (an ODS `content.xml`). */
export function odsCellCount(xml: string, stopAbove: number): number {
	let rows = 1;
	let cells = 0;
	for (const match of xml.matchAll(TAG)) {
		const [, tag, attrs = ''] = match;
		if (tag === 'table-row') {
			// SheetJS: `+value || 1` for rows, `parseInt(value, 10) || 1` for columns.
			rows = Math.max(1, Number(attribute(attrs, 'number-rows-repeated')) || 1);
		} else if (!attrs.endsWith('/')) {
			const columns = parseInt(attribute(attrs, 'number-columns-repeated') ?? '1', 10) || 1;
			cells += rows * Math.max(1, columns);
			if (cells > stopAbove) return cells;
		}
	}
	return cells;
}
