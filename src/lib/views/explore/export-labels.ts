/** What the export controls of every view's figures say and write, the same for every figure. */
import type { ExportLabels } from '../../charts/frame.ts';
import type { Translate as T } from '../../i18n/locale.svelte.ts';

export const exportLabels = (t: T): ExportLabels => ({
	group: t('export_group'),
	svg: t('export_svg'),
	png: t('export_png'),
	csv: t('export_csv'),
	csvSemicolon: t('export_csv_semicolon')
});

/**
 * A figure's export: its caption line, then `sources` (the addresses of its source documents,
 * where the caption names only their publishers), then the page's address drawn in; and the
 * buttons' words.
 */
export const figureExport = (t: T, meta: string, href: string, sources: string[] = []) => ({
	lines: [meta, ...sources, t('export_link', { url: href })],
	labels: exportLabels(t)
});

/** The named fields of an object (props handed on as they are). */
export const pick = <O extends object, K extends keyof O>(o: O, ...keys: K[]): Pick<O, K> =>
	Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<O, K>;
