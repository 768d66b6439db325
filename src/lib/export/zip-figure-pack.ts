/**
 * The figure pack: every figure of a page as SVG, PNG and CSV in one zip, with a README.txt
 * giving each figure's files, caption, source, filters, permalink and date, so a rapporteur
 * can paste and cite without coming back to the site. Pure: the caller renders SVG and PNG.
 */
import { strToU8, zipSync } from 'fflate';
import { toCsv, type Cell } from './csv.ts';
import { fileSlug } from './download.ts';

export type PackFigure = {
	title: string;
	subtitle?: string;
	/** Unit/source/date, filters, permalink, export date (already translated). */
	lines: string[];
	svg: string;
	png: Uint8Array;
	rows: Cell[][];
};

/** README wording, translated by the caller. */
export type PackText = {
	/** First lines: what the pack is, the page, its link and the date. */
	intro: string[];
	/** Label before the file names of a figure, e.g. `Fichiers`. */
	files: string;
	/** `' : '` in French, `': '` in English. */
	colon: string;
};

/** A figure's CSV, as the export menu writes it: header block, then the data. */
export function figureCsv(
	figure: Pick<PackFigure, 'title' | 'subtitle' | 'lines' | 'rows'>,
	separator: ',' | ';' = ','
): string {
	const header = [figure.title, ...(figure.subtitle ? [figure.subtitle] : []), ...figure.lines];
	return toCsv(figure.rows, { separator, header });
}

/** `01-depenses-militaires`: numbered so names stay unique and sort in page order. */
export function figureBaseName(figure: Pick<PackFigure, 'title' | 'subtitle'>, i: number): string {
	const caption = figure.subtitle ? `${figure.title} ${figure.subtitle}` : figure.title;
	return `${String(i + 1).padStart(2, '0')}-${fileSlug(caption)}`;
}

/** README.txt (CRLF, for Windows Notepad): intro, then one block per figure. */
export function figurePackReadme(figures: PackFigure[], text: PackText): string {
	const blocks = figures.map((figure, i) => {
		const name = figureBaseName(figure, i);
		const caption = figure.subtitle ? `${figure.title} — ${figure.subtitle}` : figure.title;
		const files = ['svg', 'png', 'csv'].map((ext) => `${name}.${ext}`).join(', ');
		return [`${i + 1}. ${caption}`, `   ${text.files}${text.colon}${files}`]
			.concat(figure.lines.map((line) => `   ${line}`))
			.join('\r\n');
	});
	return [...text.intro, '', ...blocks.flatMap((b) => [b, ''])].join('\r\n');
}

/** The files of the pack, by name (README.txt first). */
export function figurePackFiles(figures: PackFigure[], text: PackText): Record<string, Uint8Array> {
	const files: Record<string, Uint8Array> = {
		'README.txt': strToU8(figurePackReadme(figures, text))
	};
	figures.forEach((figure, i) => {
		const name = figureBaseName(figure, i);
		files[`${name}.svg`] = strToU8(figure.svg);
		files[`${name}.png`] = figure.png;
		files[`${name}.csv`] = strToU8(figureCsv(figure));
	});
	return files;
}

/** The zip itself; PNGs are stored, not deflated again (already compressed). */
export function buildFigurePack(figures: PackFigure[], text: PackText): Uint8Array {
	const files = figurePackFiles(figures, text);
	return zipSync(
		Object.fromEntries(
			Object.entries(files).map(([name, data]) => [
				name,
				[data, { level: name.endsWith('.png') ? 0 : 6 }] as const
			])
		)
	);
}
