/**
 * Runs in the page before any of its scripts (Playwright init script): records when the
 * prerendered chart is first painted and when the engine has redrawn it, in the page's own
 * clock (ms since navigation start).
 */
export const PROBE = `(() => {
	const marks = (window.__vigieBench = { firstChart: 0, engineReady: 0 });
	const afterPaint = (key) =>
		requestAnimationFrame(() => requestAnimationFrame(() => (marks[key] ||= performance.now())));
	const check = () => {
		if (!marks.firstChart && document.querySelectorAll('figure svg[role="img"] g.line path').length >= 5)
			afterPaint('firstChart');
		if (!marks.engineReady && document.querySelector('[data-engine="duckdb-wasm"]'))
			marks.engineReady = performance.now();
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export type Marks = { firstChart: number; engineReady: number };
