import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { buildMap, G5 } from './build-map.ts';
import type { Topology } from './data/topojson-features.ts';

test('the committed Sahel map is what scripts/build-map.ts draws from Natural Earth', async () => {
	const topology = JSON.parse(
		await readFile('../shared/data/topojson/countries-110m.json', 'utf8')
	) as Topology;
	const map = buildMap(topology);
	expect(JSON.parse(await readFile('src/lib/map/sahel-map.json', 'utf8'))).toEqual(map);
	const g5 = map.countries.filter((c) => c.g5);
	expect(g5.map((c) => c.iso3).sort()).toEqual(G5);
	for (const c of g5) {
		// A drawn outline (several points) and a label inside the frame.
		expect(c.d.split('L').length, c.iso3).toBeGreaterThan(10);
		expect(c.label[0]).toBeGreaterThan(0);
		expect(c.label[0]).toBeLessThan(map.width);
		expect(c.label[1]).toBeGreaterThan(0);
		expect(c.label[1]).toBeLessThan(map.height);
	}
	// Mercator keeps east–west order: Mauritania is west of Mali, Mali of Niger, Niger of Chad.
	const x = (iso3: string) => g5.find((c) => c.iso3 === iso3)?.label[0] ?? NaN;
	expect(x('MRT')).toBeLessThan(x('MLI'));
	expect(x('MLI')).toBeLessThan(x('NER'));
	expect(x('NER')).toBeLessThan(x('TCD'));
});
