import { expect, test } from 'vitest';
import type { YearRow } from '$lib/procurement/overview.ts';
import { methodLabelYs, stackYear, wrapLabel } from './method-bars.ts';

const row = (year: number, shares: [string, number][]): YearRow => ({
	year,
	n: 1,
	amount: 1,
	methods: shares.map(([method, share]) => ({ method, n: share ? 1 : 0, amount: share, share })),
	derogation: null,
	derogationCoverage: { n: 0, total: 0 }
});

test('stackYear piles the methods bottom up and skips the empty ones', () => {
	const segs = stackYear(
		row(2021, [
			['open', 0.5],
			['selective', 0],
			['direct', 0.5]
		])
	);
	expect(segs.map((s) => [s.method, s.y0, s.y1])).toEqual([
		['open', 0, 0.5],
		['direct', 0.5, 1]
	]);
});

test('methodLabelYs labels each method at its last segment, kept apart by the gap', () => {
	const y = (v: number) => 300 - v * 300; // 0 → 300 px, 1 → 0 px
	const rows = [
		row(2020, [
			['open', 0.98],
			['direct', 0.02]
		]),
		row(2021, [
			['open', 0.99],
			['direct', 0.01]
		])
	];
	// open's middle 0.495 → 151.5 px; direct's 0.995 → 1.5 px; the derogation at 0.5 → 150 px
	const labels = methodLabelYs(rows, ['open', 'direct'], y, 16, [
		{ key: 'derogation', value: 0.5 }
	]);
	expect(labels.find((l) => l.key === 'direct')?.y).toBe(1.5);
	const [open, derog] = ['open', 'derogation'].map((k) => labels.find((l) => l.key === k)!.y);
	expect(Math.abs(open! - derog!)).toBeGreaterThanOrEqual(16);
});

test('wrapLabel cuts a label at spaces into lines that fit', () => {
	expect(wrapLabel('Appel d’offres restreint', 15)).toEqual(['Appel d’offres', 'restreint']);
	expect(wrapLabel('Régime dérogatoire / secret défense', 15)).toEqual([
		'Régime',
		'dérogatoire /',
		'secret défense'
	]);
	expect(wrapLabel('Régime dérogatoire / secret défense', 24)).toEqual([
		'Régime dérogatoire /',
		'secret défense'
	]);
	expect(wrapLabel('Dérogation', 5)).toEqual(['Dérogation']);
});
