/**
 * The chart kit's markup, rendered on the server as a prerendered page is: the one interaction
 * model (a focusable `role="button"` mark inside an svg `role="group"`), the readout kept out
 * of the accessibility tree, the legend drawn in the svg, and tables that never have an empty
 * header. Browser behaviour (keys, hover, axe) is checked end to end in tests/e2e/oversight.
 */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { createRawSnippet } from 'svelte';
import Bar from './marks/Bar.svelte';
import Dot from './marks/Dot.svelte';
import ChartFrame from './ChartFrame.svelte';
import DataTable from './DataTable.svelte';
import { tableCells, type Column } from './table.ts';

type Row = { year: number; share: number };
const columns: Column<Row>[] = [
	{ key: 'year', label: 'Année', text: (r) => String(r.year) },
	{
		key: 'share',
		label: 'Part (%)',
		text: (r) => `${r.share} %`,
		value: (r) => r.share,
		numeric: true
	}
];
const rows: Row[] = [
	{ year: 2020, share: 12.5 },
	{ year: 2021, share: 14.7 }
];
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
/** Server markup without Svelte's hydration markers (`<!--[-->`) and scoped class names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const show = (component: any, options: { props: Record<string, unknown> }) =>
	(render(component, options).body as string)
		.replace(/<!--[^>]*-->/g, '')
		.replace(/ ?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/class=" /g, 'class="');

describe('DataTable', () => {
	test('caption, column headers, one row header per row, numbers marked numeric', () => {
		const body = show(DataTable<Row>, {
			props: { caption: 'Part classifiée', columns, rows }
		});
		expect(body).toContain('<caption');
		expect(body).toContain('Part classifiée</caption>');
		expect(count(body, /<th scope="col"/g)).toBe(2);
		expect(count(body, /<th scope="row"/g)).toBe(2);
		expect(body).toMatch(/<td class="num[^"]*"[^>]*>14.7 %<\/td>/);
		expect(body).not.toMatch(/<th[^>]*>\s*<\/th>/);
		expect(body).not.toContain('role="region"');
	});

	test('groups get a rowgroup heading spanning the columns; a scroll region is focusable and named', () => {
		const body = show(DataTable<Row>, {
			props: { caption: 'Part', columns, groups: [{ label: 'Mali', rows }], scroll: true }
		});
		expect(body).toMatch(/<th scope="rowgroup" colspan="2">Mali<\/th>/);
		expect(body).toMatch(/<div class="scroll[^"]*" role="region" aria-label="Part" tabindex="0">/);
	});

	test('a column without a label is refused, never rendered as an empty header', () => {
		const bad = [{ key: 'x', label: ' ', text: () => '' }];
		expect(() => show(DataTable<Row>, { props: { caption: 'T', columns: bad, rows } })).toThrow(
			/no label for x/
		);
	});

	test('the CSV cells come from the same columns, raw values, group as first column', () => {
		expect(tableCells(columns, undefined, [{ label: 'Mali', rows }], 'Pays')).toEqual([
			['Pays', 'Année', 'Part (%)'],
			['Mali', '2020', 12.5],
			['Mali', '2021', 14.7]
		]);
	});
});

describe('Bar', () => {
	const rect = {
		x: 10,
		y: 20,
		width: 30,
		height: 40,
		fill: '#0072B2',
		label: 'Mali 2021 : 14,7 %'
	};
	test('with an action it is a focusable button named by its value, data attributes on it', () => {
		const body = show(Bar, {
			props: { ...rect, onactivate: () => {}, data: { 'data-drill': 'classified:MLI:2021' } }
		});
		expect(body).toMatch(
			/<g class="mark[^"]*" role="button" tabindex="0" aria-label="Mali 2021 : 14,7 %"/
		);
		expect(body).toContain('data-drill="classified:MLI:2021"');
		expect(body).not.toContain('aria-current');
	});
	test('selected: aria-current, so a screen reader hears which bar is open', () => {
		const body = show(Bar, { props: { ...rect, onactivate: () => {}, selected: true } });
		expect(body).toContain('aria-current="true"');
	});
	test('without an action it is a plain shape, hidden from assistive tech', () => {
		const body = show(Bar, { props: rect });
		expect(body).not.toContain('role="button"');
		expect(body).not.toContain('tabindex');
		expect(body).toContain('aria-hidden="true"');
	});
});

test('a Dot is the same interactive mark, its hit area a square around the point', () => {
	const body = show(Dot, {
		props: { cx: 50, cy: 40, fill: '#222', label: '2021 : 12,0 %', onactivate: () => {} }
	});
	expect(body).toMatch(
		/<g class="mark[^"]*" role="button" tabindex="0" aria-label="2021 : 12,0 %"/
	);
	// r 4 + 6 px on each side
	expect(body).toContain(
		'<rect class="hit" x="40" y="30" width="20" height="20" fill="transparent">'
	);
	expect(show(Dot, { props: { cx: 1, cy: 1, fill: '#222', label: 'x' } })).not.toContain('role=');
});

describe('ChartFrame', () => {
	const marks = createRawSnippet(() => ({ render: () => '<rect width="1" height="1"></rect>' }));
	const base = {
		id: 'c',
		title: 'Titre',
		description: 'Desc',
		meta: 'Unité · Source',
		showDataLabel: 'Voir les données',
		width: 600,
		height: 100,
		children: marks
	};
	test('an interactive chart is a named group; a picture is an img', () => {
		expect(show(ChartFrame, { props: { ...base, interactive: true } })).toMatch(
			/<svg role="group" aria-labelledby="c-title" aria-describedby="c-desc"/
		);
		expect(show(ChartFrame, { props: base })).toMatch(/<svg role="img"/);
	});
	test('the legend is drawn in the svg and adds its height; the readout is aria-hidden', () => {
		const body = show(ChartFrame, {
			props: {
				...base,
				legend: [{ key: 't', label: 'Seuils', colour: '#555', shape: 'dotted' as const }],
				readout: { text: null, hint: 'Survolez une barre' }
			}
		});
		// one legend row: 22 + 6 px above the 100 px of marks
		expect(body).toContain('viewBox="0 0 600 128"');
		expect(body).toContain('Seuils</text>');
		expect(body).toMatch(/<p class="readout[^"]*" aria-hidden="true">Survolez une barre<\/p>/);
	});
	test('the data table is rendered from `data`, inside the disclosure', () => {
		const body = show(ChartFrame<Row>, { props: { ...base, data: { columns, rows } } });
		expect(body).toMatch(/<details class="data[^"]*"><summary>Voir les données<\/summary>/);
		expect(count(body, /<th scope="row"/g)).toBe(2);
	});
});
