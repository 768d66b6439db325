/**
 * Runs in the page before any of its scripts (Playwright init script): records when a chart is
 * first painted and when the engine is ready, in the page's own clock (ms since navigation start).
 *
 * "A chart" is the same for every page and every build, old or new: a `<figure>`'s `<svg>` laid
 * out at least 50 × 50 px and not hidden, holding at least one data mark — a `path`, `rect`,
 * `circle` or `polygon` with a size, outside axes, grid, legend and transparent hit areas. Checked
 * before every frame; the mark is taken in the next frame, i.e. once that frame is painted.
 * `firstChart`: anywhere in the page (the topic pages put their key findings above it);
 * `firstChartInView`: within the first screen.
 */
export const PROBE = `(() => {
	const marks = (window.__vigieBench = { firstChart: 0, firstChartInView: 0, engineReady: 0 });
	const SHAPES = 'path, rect, circle, polygon, ellipse';
	const NOT_DATA = '.axis-x, .axis-y, .grid, .legend, .band-labels, .hit, defs, clipPath, mask, [fill="transparent"]';
	const drawn = (svg) =>
		[...svg.querySelectorAll(SHAPES)].some((m) => {
			if (m.closest(NOT_DATA)) return false;
			const b = m.getBoundingClientRect();
			return b.width + b.height > 2;
		});
	const charts = (inViewport) =>
		[...document.querySelectorAll('figure svg')].some((svg) => {
			const r = svg.getBoundingClientRect();
			if (r.width < 50 || r.height < 50) return false;
			if (getComputedStyle(svg).visibility === 'hidden') return false;
			const inside = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
			return (inside || !inViewport) && drawn(svg);
		});
	const frame = () => {
		if (!marks.engineReady && document.querySelector('[data-engine="duckdb-wasm"]'))
			marks.engineReady = performance.now();
		if (!marks.firstChart && charts(false))
			requestAnimationFrame(() => (marks.firstChart ||= performance.now()));
		if (!marks.firstChartInView && charts(true))
			requestAnimationFrame(() => (marks.firstChartInView ||= performance.now()));
		if (!marks.firstChartInView || !marks.engineReady) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})();`;

export type Marks = { firstChart: number; firstChartInView: number; engineReady: number };
