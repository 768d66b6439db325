import { expect, test } from 'vitest';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import type { Params } from '../../i18n/define-messages.ts';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import type { OversightViewData } from '../../oversight/oversight-view-data.ts';
import { chartProps, CLASSIFIED_THRESHOLDS } from './chart-props.ts';
import { auditBars } from './oversight-bars.ts';

const fr = (key: MessageKey, params?: Params) => translate('fr', key, params);
const en = (key: MessageKey, params?: Params) => translate('en', key, params);
const result = (over: Partial<IndicatorResult>): IndicatorResult => ({
	id: 'classified-share',
	country: 'MLI',
	year: 2021,
	value: 0.146631337773,
	unit: 'share',
	...over
});
const amount = {
	country: 'MLI',
	year: 2021,
	executed: 336_800_000_000,
	currency: 'XOF',
	covered: 45_280_000_000,
	audits: 2,
	bodies: ['court_of_auditors', 'inspectorate'],
	watched: true
};
const view = {
	results: {
		classified: [result({ score: 'gt8' })],
		derogation: [],
		audit: [result({ id: 'audit-coverage', value: 0.134 })],
		lag: [],
		documents: []
	},
	amounts: [amount],
	gaps: [],
	grid: { countries: [], years: [], documents: [], cells: new Map() }
} as OversightViewData;
const ctx = {
	names: () => 'Données fictives',
	href: 'https://x/controle/',
	countryName: () => 'Mali'
};

test('GDI thresholds come from the classified-share indicator’s bands', () => {
	expect(CLASSIFIED_THRESHOLDS).toEqual([0.01, 0.03, 0.08]);
});

test('a bar names its exact value and band in words, per locale', () => {
	const [bar] = chartProps(view, 'fr', fr, ctx).classified.bars;
	expect(bar).toMatchObject({ text: '14,7\u202f%', drill: 'classified:MLI:2021' });
	expect(bar?.label).toBe('Mali 2021\u00a0: 14,7\u202f% — bande GDI : plus de 8 %');
	const [english] = chartProps(view, 'en', en, ctx).classified.bars;
	expect(english?.label).toBe('Mali 2021: 14.7% — GDI band: over 8%');
});

test('the caption names datasets and formula; bands and bodies are spelled out', () => {
	const props = chartProps(view, 'en', en, ctx);
	expect(props.classified.meta).toBe(
		'Share in % · Datasets: Données fictives · Formula: Σ voted appropriations of classified lines ÷ Σ voted appropriations of lines with a known status (TI GDI 2020, Q26)'
	);
	expect(props.bandsText).toContain(
		'1% or less · over 1% to 3% · over 3% to 8% · over 8% · not public'
	);
	expect(props.bodiesText).toContain('C = Court of auditors · I = Inspectorate');
	expect(props.classified.thresholds.map((t) => t.label)).toEqual(['1%', '3%', '8%']);
});

test('an audit bar carries the amounts covered and executed and who audited', () => {
	const [bar] = auditBars(view.results.audit, [amount], 'en', en);
	expect(bar?.note).toBe('C·I');
	expect(bar?.label).toBe(
		'Mali 2021: 13.4% — CFAF\u00a045.3bn audited of CFAF\u00a0336.8bn executed — Court of auditors, Inspectorate'
	);
	const [none] = auditBars([result({ id: 'audit-coverage', year: 2022, value: 0 })], [], 'fr', fr);
	expect(none?.label).toBe('Mali 2022\u00a0: 0,0\u202f% — aucun rapport d’audit');
});

test('the table groups rows by country; its columns make the CSV with raw numbers', async () => {
	const { tableCells } = await import('../../charts/table.ts');
	const props = chartProps(view, 'en', en, ctx);
	const bars = props.audit.bars;
	const cells = tableCells(
		props.audit.columns,
		undefined,
		[{ label: 'Mali', rows: bars }],
		'Country'
	);
	expect(cells[0]).toEqual([
		'Country',
		'Year',
		'Value (%)',
		'Executed',
		'Audited',
		'Unit',
		'Bodies'
	]);
	// 0.134 → 13.4 (%); amounts unformatted for a spreadsheet
	expect(cells[1]).toEqual([
		'Mali',
		2021,
		13.4,
		336_800_000_000,
		45_280_000_000,
		'XOF',
		'Court of auditors, Inspectorate'
	]);
	expect(props.audit.columns.find((c) => c.key === 'executed')?.text(bars[0]!)).toBe(
		'CFAF\u00a0336.8bn'
	);
});
