/**
 * The detected format, kind and mapping as translated lines: what `vigie check` prints and
 * what the import page can show beside its override controls.
 */
import { translate, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { Sniff } from './sniff-file.ts';

const DELIMITER_KEYS: Record<string, MessageKey> = {
	',': 'import_delimiter_comma',
	';': 'import_delimiter_semicolon',
	'\t': 'import_delimiter_tab',
	'|': 'import_delimiter_pipe'
};

/** One translated line per detection (with its confidence), then one per mapped column. */
export function describeSniff(sniff: Sniff, locale: Locale): string[] {
	const percent = new Intl.NumberFormat(locale, { style: 'percent' });
	const line = (label: MessageKey, value: MessageKey, confidence: number) =>
		translate(locale, 'import_detected', {
			label: translate(locale, label),
			value: translate(locale, value),
			confidence: percent.format(confidence)
		});
	const encoding =
		sniff.encoding.value === 'utf-8' ? 'import_encoding_utf8' : 'import_encoding_windows1252';
	const lines = [
		line('import_label_encoding', encoding, sniff.encoding.confidence),
		line(
			'import_label_delimiter',
			DELIMITER_KEYS[sniff.delimiter.value]!,
			sniff.delimiter.confidence
		),
		line(
			'import_label_numbers',
			`import_number_${sniff.numberFormat.value}`,
			sniff.numberFormat.confidence
		),
		line(
			'import_label_dates',
			`import_date_${sniff.dateFormat.value}`,
			sniff.dateFormat.confidence
		),
		line('import_label_kind', `import_kind_${sniff.kind.value}`, sniff.kind.confidence),
		...(sniff.titles.length
			? [translate(locale, 'import_titles_skipped', { titles: sniff.titles.join(' · ') })]
			: []),
		translate(locale, 'import_label_mapping')
	];
	const mapped = new Set<number>();
	for (const [field, source] of Object.entries(sniff.mapping.fields)) {
		mapped.add(source.column);
		const fieldLabel = translate(locale, `import_field_${field}` as MessageKey);
		lines.push(
			`  ${translate(locale, 'import_mapping_entry', { column: sniff.headers[source.column] ?? '', field: fieldLabel })}`
		);
	}
	const ignored = sniff.headers.filter((_, i) => !mapped.has(i));
	if (ignored.length)
		lines.push(translate(locale, 'import_unmapped', { columns: ignored.join(', ') }));
	return lines;
}
