/**
 * What the import card says about the file it read: its format and, for a workbook, the sheet
 * read and how many there are ("Classeur Excel (.xlsx), feuille « Budget » (2 feuilles)").
 */
import type { MessageKey, Params } from '$lib/i18n/index.ts';
import type { OpenedSource } from '$lib/ingest/source/open-source.ts';

type Translate = (key: MessageKey, params?: Params) => string;

/** The translated name of a source format (`ocds-json` → `importui_format_ocds_json`). */
export function formatLabel(format: OpenedSource['format'], t: Translate): string {
	return t(`importui_format_${format.replaceAll('-', '_')}` as MessageKey);
}

export function sourceLabel(
	source: Pick<OpenedSource, 'format' | 'sheets' | 'sheet'>,
	t: Translate
): string {
	const format = formatLabel(source.format, t);
	const count = source.sheets?.length ?? 0;
	if (!source.sheet) return format;
	if (count <= 1) return t('importui_source_sheet', { format, sheet: source.sheet });
	return t('importui_source_sheets', { format, sheet: source.sheet, count });
}

/** Whether the CSV pipeline reads a conversion (its encoding and delimiter are Vigie's own). */
export const isConverted = (format: OpenedSource['format']) =>
	format !== 'csv' && format !== 'ocds-csv';
