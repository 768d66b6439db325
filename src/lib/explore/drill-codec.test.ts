import { describe, expect, test } from 'vitest';
import {
	grammarProblems,
	makeDrill,
	part,
	readDrill,
	drillValue,
	type DrillGrammar
} from './drill-codec.ts';

// The three views' drills in the one grammar: oversight, procurement and credibility shapes.
const GRAMMAR: DrillGrammar = {
	classified: [part.country, part.year],
	bar: [part.year, part.oneOf('method', ['open', 'direct'])],
	flag: [part.oneOf('flag', ['single_bid'])],
	institution: [part.country, part.currency, part.text('institution')],
	all: []
};

describe('readDrill', () => {
	test('absent or empty is no drill, not an invalid one', () => {
		expect(readDrill(null, GRAMMAR)).toEqual({ status: 'none', drill: null });
		expect(readDrill('', GRAMMAR)).toEqual({ status: 'none', drill: null });
	});

	test('reads a chart id and its parts, each by its rule', () => {
		expect(readDrill('classified:MLI:2021', GRAMMAR)).toEqual({
			status: 'valid',
			drill: { chart: 'classified', parts: ['MLI', '2021'] }
		});
		expect(readDrill('bar:2021:direct', GRAMMAR).drill).toEqual(makeDrill('bar', 2021, 'direct'));
		expect(readDrill('all', GRAMMAR).drill).toEqual({ chart: 'all', parts: [] });
	});

	test('free text comes last and keeps its colons and dots', () => {
		const read = readDrill('institution:NER:USD:Min. de la Défense : cabinet', GRAMMAR);
		expect(read.drill?.parts).toEqual(['NER', 'USD', 'Min. de la Défense : cabinet']);
		expect(drillValue(read.drill!)).toBe('institution:NER:USD:Min. de la Défense : cabinet');
	});

	test('one failure for everything else: unknown chart, part count, refused part, length', () => {
		for (const raw of [
			'secret:MLI:2021',
			'classified:MLI',
			'classified:MLI:2021:extra',
			'classified:XXX:2021',
			'classified:MLI:1949',
			'bar:2021:cash',
			'flag',
			'all:',
			'constructor:x',
			'__proto__',
			'Classified:MLI:2021',
			'institution:NER:USD:a\u0000b',
			`institution:NER:USD:${'x'.repeat(200)}`,
			"classified:MLI:2021' OR 1=1--"
		])
			expect(readDrill(raw, GRAMMAR), raw).toEqual({ status: 'invalid', drill: null });
	});
});

test('a grammar with free text before the last part is reported', () => {
	expect(grammarProblems(GRAMMAR)).toEqual([]);
	expect(grammarProblems({ x: [part.text('name'), part.year], 'X-1': [] })).toEqual([
		'x: name not last',
		'X-1: not a chart id'
	]);
});
