/**
 * Writes the Sahel map Vigie draws (`src/lib/map/sahel-map.json`): the G5 Sahel and their
 * neighbours from Natural Earth (../shared/data/topojson/countries-110m.json, public domain),
 * already projected to SVG path strings. Projecting at build time keeps topojson decoding and
 * d3-geo out of the page: the map is in the prerendered HTML and costs a few KB.
 *
 * Usage: `node --import tsx scripts/build-map.ts [topojson] [out]`
 */
import { readFile, writeFile } from 'node:fs/promises';
import { geoCentroid, geoMercator, geoPath } from 'd3';
import { format, resolveConfig } from 'prettier';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { countryFeatures, type Topology } from './data/topojson-features.ts';

export const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];
const NEIGHBOURS = [
	'DZA',
	'LBY',
	'SEN',
	'GMB',
	'GNB',
	'GIN',
	'CIV',
	'GHA',
	'TGO',
	'BEN',
	'NGA',
	'CMR',
	'CAF',
	'SDN',
	'ESH',
	'MAR',
	'EGY',
	'TUN',
	'SLE',
	'LBR',
	'SSD'
];
const WIDTH = 640;
const HEIGHT = 320;

export type SahelMap = {
	width: number;
	height: number;
	source: string;
	countries: { iso3: string; g5: boolean; d: string; label: [number, number] }[];
};

/** Where each G5 name sits: the centroid, nudged where it falls on a thin part of the shape. */
const LABEL_NUDGE: Record<string, [number, number]> = { MLI: [8, 10], MRT: [6, 6] };

export function buildMap(topology: Topology): SahelMap {
	const features = countryFeatures(topology, 'countries', [...G5, ...NEIGHBOURS]);
	const g5: FeatureCollection<MultiPolygon> = {
		type: 'FeatureCollection',
		features: features.filter((f) => G5.includes(f.properties.iso3))
	};
	const projection = geoMercator().fitExtent(
		[
			[8, 8],
			[WIDTH - 8, HEIGHT - 8]
		],
		g5
	);
	// Neighbours are context only: cut them at the frame so their paths stay short.
	projection.clipExtent([
		[0, 0],
		[WIDTH, HEIGHT]
	]);
	const path = geoPath(projection).digits(1);
	const countries = features
		.map((f) => {
			const iso3 = f.properties.iso3;
			const [x, y] = projection(geoCentroid(f)) ?? [0, 0];
			const [dx, dy] = LABEL_NUDGE[iso3] ?? [0, 0];
			return {
				iso3,
				g5: G5.includes(iso3),
				d: path(f) ?? '',
				label: [Math.round(x + dx), Math.round(y + dy)] as [number, number]
			};
		})
		.filter((c) => c.d !== '')
		.sort((a, b) => Number(a.g5) - Number(b.g5) || a.iso3.localeCompare(b.iso3));
	return {
		width: WIDTH,
		height: HEIGHT,
		source: 'Natural Earth 5.1.2 (domaine public / public domain), via world-atlas',
		countries
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const input = process.argv[2] ?? '../shared/data/topojson/countries-110m.json';
	const out = process.argv[3] ?? 'src/lib/map/sahel-map.json';
	const map = buildMap(JSON.parse(await readFile(input, 'utf8')) as Topology);
	// Written as the repository's Prettier would, so `npm run lint` and a re-run of `npm run data`
	// both leave the committed file unchanged.
	const options = { ...(await resolveConfig(out)), filepath: out };
	await writeFile(out, await format(JSON.stringify(map), options));
	console.log(`wrote ${out}: ${map.countries.length} countries`);
}
