/** The export buttons' words for the view's figures (ChartFrame's `exporting.labels`). */
import type { Params } from '../../i18n/define-messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { ExportLabels } from '../../charts/frame.ts';

export const exportLabels = (t: (key: MessageKey, params?: Params) => string): ExportLabels => ({
	group: t('export_group'),
	svg: t('export_svg'),
	png: t('export_png'),
	csv: t('export_csv'),
	csvSemicolon: t('export_csv_semicolon')
});
