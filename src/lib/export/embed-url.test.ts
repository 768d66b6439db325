import { describe, expect, it } from 'vitest';
import { embedHeight, embedPath, iframeSnippet, measureOfChart } from './embed-url.ts';

describe('embedPath', () => {
	it('maps the overview to /integrer/tendances/, keeping measure and period only', () => {
		expect(embedPath('/', '?measure=share_gdp&from=2000&gfrom=2010', 'trend-share_gdp')).toBe(
			'/integrer/tendances/?measure=share_gdp&from=2000'
		);
		expect(embedPath('/en/', '', 'trend-usd_constant_2023')).toBe('/en/integrer/tendances/');
	});

	it('maps a country profile or brief to /integrer/pays/<iso3>/ with the chart’s measure', () => {
		expect(embedPath('/pays/mli/', '', 'trend-share_gdp')).toBe(
			'/integrer/pays/mli/?measure=share_gdp'
		);
		expect(embedPath('/en/pays/ner/fiche/', '', 'trend-lcu_current-mru')).toBe(
			'/en/integrer/pays/ner/?measure=lcu_current'
		);
	});

	it('keeps the choice of dated events: the overview’s any, a profile’s only when off', () => {
		expect(embedPath('/', '?events=NER&gfrom=2010', 'trend-usd_constant_2023')).toBe(
			'/integrer/tendances/?events=NER'
		);
		expect(embedPath('/pays/ner/', '?events=off', 'trend-share_gdp')).toBe(
			'/integrer/pays/ner/?measure=share_gdp&events=off'
		);
		expect(embedPath('/pays/ner/', '?events=MLI', 'trend-share_gdp')).toBe(
			'/integrer/pays/ner/?measure=share_gdp'
		);
	});

	it('gives no embed for pages without one', () => {
		expect(embedPath('/import/', '', 'x')).toBeUndefined();
		expect(embedPath('/pays/ner/', '', 'budget-chart')).toBeUndefined();
		expect(embedPath('/integrer/tendances/', '', 'trend-share_gdp')).toBeUndefined();
	});
});

describe('embed snippet', () => {
	it('reads the measure from a trend chart id, with or without a currency group', () => {
		expect(measureOfChart('trend-lcu_current-cfa')).toBe('lcu_current');
		expect(measureOfChart('other-chart')).toBeUndefined();
	});

	it('sizes one chart as its height + 190 + 40, two for local currency', () => {
		// 380 + 190 + 40 = 610; 2 × (380 + 190) + 40 = 1180
		expect(embedHeight(380, 'trend-share_gdp')).toBe(610);
		expect(embedHeight(380, 'trend-lcu_current-cfa')).toBe(1180);
	});

	it('escapes attribute values so a title cannot close the attribute', () => {
		expect(iframeSnippet('http://h/?a=1&b=2', 'Le "budget" <b>', 610)).toBe(
			'<iframe src="http://h/?a=1&amp;b=2" title="Le &quot;budget&quot; &lt;b>" width="100%" height="610" loading="lazy" style="border:0"></iframe>'
		);
	});
});
