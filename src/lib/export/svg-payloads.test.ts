/**
 * A chart exported as SVG carries text that came from the user's data: a file name in the title,
 * a column name in the subtitle, cell values in labels, a link in the footer. `standaloneSvg` runs
 * in a real browser here (Chromium, as in the e2e suite; Node has no DOM), the file it writes is
 * parsed back as XML and then opened as a document: every payload must come back as text, and no
 * script, handler or link may exist or run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../../tests/fixtures/hostile/expected.ts';

/** Each one sets `window.__pwned` (or opens a dialog) if it ever runs. */
const P = {
	fileName: `${PAYLOADS.img.replace('alert(1)', 'window.__pwned=1')}.csv`,
	column: '"><svg onload="window.__pwned=2">',
	cell: '<svg><script>window.__pwned=3</script></svg>',
	cdata: ']]><script>window.__pwned=4</script><![CDATA[',
	link: 'javascript:window.__pwned=5',
	comment: '--><script>window.__pwned=6</script><!--',
	entity: '&lt;script&gt; &amp; &#x3C;b&#x3E;'
};

let browser: Browser;
let page: Page;
let exported: string;

beforeAll(async () => {
	const debian = '/usr/bin/chromium';
	const executablePath = process.env.VIGIE_CHROMIUM ?? (existsSync(debian) ? debian : undefined);
	browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless'] });
	page = await browser.newPage();
	page.on('dialog', (d) => void d.dismiss().then(() => ((P as { dialog?: string }).dialog = 'x')));
	const source = readFileSync(new URL('./svg.ts', import.meta.url), 'utf8');
	const { code } = await transform(source, {
		loader: 'ts',
		format: 'iife',
		globalName: 'vigieSvg'
	});
	await page.setContent('<!doctype html><body></body>');
	await page.addScriptTag({ content: code });
	exported = await page.evaluate((p) => {
		// The on-screen chart as Svelte builds it: text and attributes set from data.
		const NS = 'http://www.w3.org/2000/svg';
		const el = (name: string, parent: Element, attrs: Record<string, string> = {}, text = '') => {
			const node = document.createElementNS(NS, name);
			for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
			if (text) node.textContent = text;
			parent.append(node);
			return node;
		};
		const svg = el('svg', document.body, { width: '600', height: '300', role: 'img' });
		el('title', svg, {}, p.fileName);
		el('desc', svg, {}, p.comment);
		const g = el('g', svg, { 'aria-label': p.column, 'data-series': p.link });
		el('text', g, { x: '10', y: '20' }, p.cell);
		el('text', g, { x: '10', y: '40' }, p.cdata);
		el('text', g, { x: '10', y: '60' }, p.entity);
		el('rect', svg, { class: 'hit', 'aria-label': p.cell });
		const api = (window as unknown as { vigieSvg: typeof import('./svg.ts') }).vigieSvg;
		return api.standaloneSvg(svg as SVGSVGElement, {
			title: p.fileName,
			subtitle: p.column,
			lines: [`Lien : https://vigie.example/?q=${p.link}`, p.cdata, p.entity]
		});
	}, P);
});
afterAll(async () => {
	await browser?.close();
});

describe('standaloneSvg with payloads in the title, subtitle, labels and footer', () => {
	it('writes well-formed SVG with no script, handler, link or foreign HTML element', async () => {
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const all = [doc.documentElement, ...doc.documentElement.querySelectorAll('*')];
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				elements: [...new Set(all.map((e) => e.localName))].sort(),
				attributes: [...new Set(all.flatMap((e) => [...e.attributes].map((a) => a.name)))].sort()
			};
		}, exported);
		expect(parsed.error).toBeNull();
		// Only what the chart itself drew: the payloads added no element.
		expect(parsed.elements).toEqual(['desc', 'g', 'rect', 'svg', 'text', 'title']);
		expect(parsed.attributes.filter((a) => /^on|href$/i.test(a))).toEqual([]);
		expect(exported).not.toMatch(/<script|<img|<foreignObject|<!\[CDATA\[/i);
	});

	it('keeps every payload as the exact text it was', async () => {
		const texts = await page.evaluate((text) => {
			const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
			const own = (sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent);
			return {
				title: own(':scope > title'),
				lines: own(':scope > text'),
				chart: own('svg svg text'),
				desc: own('svg svg desc'),
				label: root.querySelector('svg svg g')?.getAttribute('aria-label'),
				hitRemoved: root.querySelectorAll('rect.hit').length === 0
			};
		}, exported);
		expect(texts.title).toEqual([P.fileName]);
		expect(texts.lines).toEqual([
			P.fileName,
			P.column,
			`Lien : https://vigie.example/?q=${P.link}`,
			P.cdata,
			P.entity
		]);
		expect(texts.chart).toEqual([P.cell, P.cdata, P.entity]);
		expect(texts.desc).toEqual([P.comment]);
		expect(texts.label).toBe(P.column);
		expect(texts.hitRemoved).toBe(true);
	});

	it('runs nothing when the file is opened as a document in the browser', async () => {
		await page.route('http://vigie.test/chart.svg', (route) =>
			route.fulfill({ contentType: 'image/svg+xml', body: exported })
		);
		await page.goto('http://vigie.test/chart.svg');
		await page.waitForTimeout(200); // let any onload / onerror fire
		const pwned = await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null);
		expect(pwned).toBeNull();
		expect((P as { dialog?: string }).dialog).toBeUndefined();
		expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
	});
});
