/** Which columns of each table the oversight drill-down shows, labelled and formatted per locale. */
import type { DrillTable } from '../../explore/drill-rows.ts';
import { formatNumber } from '../../format/number.ts';
import type { Locale, Params } from '../../i18n/define-messages.ts';
import { hasMessage, type MessageKey } from '../../i18n/messages.ts';
import { codeLabel } from '../indicators/format-result.ts';
import { bodyLabel } from './oversight-bars.ts';

type T = (key: MessageKey, params?: Params) => string;
type Column = { key: string; label: string; numeric?: boolean; format?: (v: unknown) => string };

export function drillColumns(table: DrillTable, locale: Locale, t: T): Column[] {
	const amount = (v: unknown) => formatNumber(Number(v), locale, 0);
	const yesNo = (v: unknown) => (v ? t('oversight_yes') : t('oversight_no'));
	const code = (prefix: string) => (v: unknown) =>
		hasMessage(`${prefix}_${v}`) ? t(`${prefix}_${v}` as MessageKey) : String(v);
	const col = (key: string, label: MessageKey, extra: Partial<Column> = {}): Column => ({
		key,
		label: t(label),
		...extra
	});
	if (table === 'budget_lines')
		return [
			col('year', 'oversight_col_year'),
			col('institution', 'oversight_col_institution'),
			col('sector', 'oversight_col_sector', { format: code('sector') }),
			col('category', 'oversight_col_category', { format: code('category') }),
			col('line_label', 'oversight_col_line'),
			col('approved', 'oversight_col_approved', { numeric: true, format: amount }),
			col('executed', 'oversight_col_executed', { numeric: true, format: amount }),
			col('classified', 'oversight_col_classified', { format: yesNo }),
			col('currency', 'unit')
		];
	if (table === 'contracts')
		return [
			col('award_date', 'oversight_col_date'),
			col('buyer', 'oversight_col_buyer'),
			col('title', 'oversight_col_title'),
			col('method', 'oversight_col_method', { format: code('method') }),
			col('derogation', 'oversight_col_derogation', { format: yesNo }),
			col('supplier', 'oversight_col_supplier'),
			col('amount', 'oversight_col_amount', { numeric: true, format: amount }),
			col('currency', 'unit')
		];
	return [
		col('year_covered', 'oversight_col_year'),
		col('body', 'oversight_col_body', { format: (v) => bodyLabel(String(v), locale) }),
		col('document', 'oversight_document', {
			format: (v) => codeLabel('document', String(v), locale)
		}),
		col('date_published', 'oversight_col_published'),
		col('amount_covered', 'oversight_col_covered', { numeric: true, format: amount }),
		col('currency', 'unit')
	];
}
