/** The export buttons' words, the same on every chart of the trend views. */
import type { ExportLabels } from '../../charts/frame.ts';
import type { MessageKey, Params } from '../../i18n/index.ts';

export const exportLabels = (t: (key: MessageKey, params?: Params) => string): ExportLabels => ({
	group: t('export_group'),
	svg: t('export_svg'),
	png: t('export_png'),
	csv: t('export_csv'),
	csvSemicolon: t('export_csv_semicolon')
});
