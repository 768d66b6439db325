/**
 * A chart as a standalone SVG file: the on-screen `<svg>` cloned, with the XML namespace, a white
 * background, its title and subtitle above, and unit/source/date, filters and permalink below.
 * Text is set in the chart font, embedded when given (`fontCss`, see export-fonts.ts), so the file
 * renders the same anywhere. Browser-only (uses the DOM).
 */
export type FigureMeta = {
	title: string;
	subtitle?: string;
	lines: string[];
	/** `@font-face` rules with the font inlined; without them the stack falls back. */
	fontCss?: string;
};

const NS = 'http://www.w3.org/2000/svg';
/** Same stack as the charts on screen (app.css, `figure svg`). */
export const CHART_FONT = "'Vigie Sans', 'DejaVu Sans', Arial, sans-serif";

export function standaloneSvg(svg: SVGSVGElement, meta: FigureMeta): string {
	const width = Number(svg.getAttribute('width')) || svg.clientWidth || 800;
	const height = Number(svg.getAttribute('height')) || svg.clientHeight || 400;
	const top = meta.subtitle ? 52 : 34;
	const bottom = 16 + meta.lines.length * 16;
	const out = document.createElementNS(NS, 'svg');
	out.setAttribute('xmlns', NS);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height + top + bottom));
	out.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
	out.setAttribute('font-family', CHART_FONT);
	const add = (name: string, attrs: Record<string, string | number>, text?: string) => {
		const el = document.createElementNS(NS, name);
		for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
		if (text !== undefined) el.textContent = text;
		out.append(el);
		return el;
	};
	if (meta.fontCss) add('style', {}, meta.fontCss);
	add('rect', { width: '100%', height: '100%', fill: '#ffffff' });
	add('title', {}, meta.title);
	add('text', { x: 8, y: 22, 'font-size': 16, 'font-weight': 700, fill: '#1d1d1f' }, meta.title);
	if (meta.subtitle) add('text', { x: 8, y: 42, 'font-size': 13, fill: '#444' }, meta.subtitle);
	const chart = svg.cloneNode(true) as SVGSVGElement;
	chart.querySelectorAll('rect.hit').forEach((el) => el.remove());
	chart.setAttribute('x', '0');
	chart.setAttribute('y', String(top));
	out.append(chart);
	meta.lines.forEach((line, i) =>
		add('text', { x: 8, y: top + height + 18 + i * 16, 'font-size': 11, fill: '#444' }, line)
	);
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out);
}

/** Draws the standalone SVG on a canvas at `scale`× and returns a PNG blob. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth * scale;
		canvas.height = image.naturalHeight * scale;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob(
				(blob) => (blob ? done(blob) : fail(new Error('PNG encoding failed'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
