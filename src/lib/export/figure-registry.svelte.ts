/**
 * The figures of the current page, for the figure pack: every chart's export menu registers
 * here on mount and leaves on destroy, so the pack button knows what the page shows without
 * any page wiring it. Browser-only in practice (registration happens in `onMount`), so the
 * module-level state is never shared between prerendered pages.
 */
import type { Cell } from './csv.ts';

export type RegisteredFigure = {
	title: string;
	subtitle?: string;
	/** Unit/source/date, filters, permalink and export date, as drawn under the figure. */
	lines: string[];
	/** The standalone SVG document. */
	svgText: () => string;
	/** PNG at 2×. */
	png: () => Promise<Blob>;
	/** Chart data, first row = column names. */
	rows: () => Cell[][];
	/** The figure's place on the page, to list figures in reading order. */
	element?: Element;
};

// Raw (not deeply proxied): entries are compared by identity and hold DOM elements.
let figures = $state.raw<RegisteredFigure[]>([]);

/** Adds a figure; returns the function that removes it. */
export function registerFigure(figure: RegisteredFigure): () => void {
	figures = [...figures, figure];
	return () => {
		figures = figures.filter((f) => f !== figure);
	};
}

/** Registered figures in page order (document position when known, else registration order). */
export function registeredFigures(): RegisteredFigure[] {
	return [...figures].sort((a, b) => {
		if (!a.element || !b.element) return 0;
		const position = a.element.compareDocumentPosition(b.element);
		return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
	});
}

/** How many figures the page has registered (reactive). */
export function figureCount(): number {
	return figures.length;
}
