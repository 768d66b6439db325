/** The export buttons' words, the same for every chart of these views. */
import type { ExportLabels } from '../../charts/frame.ts';
import type { Params } from '../../i18n/define-messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';

export const exportLabels = (t: (key: MessageKey, params?: Params) => string): ExportLabels => ({
	group: t('export_group'),
	svg: t('export_svg'),
	png: t('export_png'),
	csv: t('export_csv'),
	csvSemicolon: t('export_csv_semicolon')
});
