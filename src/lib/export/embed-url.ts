/**
 * Where a chart's embed lives: the trend overview (`/`, `/en/`) embeds as
 * `/integrer/tendances/?measure=…&from=…&to=…`, a country profile or brief as
 * `/integrer/pays/<iso3>/?measure=…`. Paths are without the site's base; other pages have no
 * embed (`undefined`). Pure, so the mapping is testable without a browser.
 */

/** Query parameters an embed understands; the rest (growth panel period…) is left out. */
const TREND_KEYS = ['measure', 'from', 'to', 'events'] as const;

/** A trend chart's id is `trend-<measure>` or `trend-<measure>-cfa|-mru` (TrendChart.svelte). */
export function measureOfChart(chartId: string): string | undefined {
	return /^trend-([a-z0-9_]+?)(?:-cfa|-mru)?$/.exec(chartId)?.[1];
}

export function embedPath(path: string, search: string, chartId: string): string | undefined {
	const match = /^(\/en)?\/(?:pays\/([a-z]{3})\/(?:fiche\/)?)?$/.exec(path);
	if (!match) return undefined;
	const [, lang = '', country] = match;
	const params = new URLSearchParams(search);
	const query = new URLSearchParams();
	if (country) {
		const measure = measureOfChart(chartId);
		// a profile's other charts (SIPRI beside the national budgets) have no embed
		if (!measure) return undefined;
		query.set('measure', measure);
		// a profile whose dated events are switched off embeds without them too
		if (params.get('events') === 'off') query.set('events', 'off');
	} else {
		for (const key of TREND_KEYS) {
			const value = params.get(key);
			if (value !== null) query.set(key, value);
		}
	}
	const route = country ? `/integrer/pays/${country}/` : '/integrer/tendances/';
	const text = query.toString();
	return `${lang}${route}${text ? `?${text}` : ''}`;
}

/** Height for the iframe: the chart, its caption, the data toggle, the readout and the link. */
export function embedHeight(chartHeight: number, chartId: string): number {
	// local-currency views draw two charts (CFA francs, ouguiyas) on one embed
	const charts = /-(cfa|mru)$/.test(chartId) ? 2 : 1;
	return charts * (chartHeight + 190) + 40;
}

/** The `<iframe>` snippet; attribute values are escaped so a title cannot break out. */
export function iframeSnippet(src: string, title: string, height: number): string {
	const attr = (v: string) =>
		v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
