/**
 * Decodes the polygons of a TopoJSON topology (quantised, delta-encoded arcs) into GeoJSON
 * features, for the few countries Vigie draws. A few lines instead of a dependency, run at
 * build time only.
 */
import type { Feature, MultiPolygon, Position } from 'geojson';

type Geometry =
	| { type: 'Polygon'; id?: string; arcs: number[][]; properties?: Record<string, unknown> }
	| { type: 'MultiPolygon'; id?: string; arcs: number[][][]; properties?: Record<string, unknown> }
	| { type: string; id?: string; arcs?: unknown; properties?: Record<string, unknown> };

export type Topology = {
	transform: { scale: [number, number]; translate: [number, number] };
	arcs: [number, number][][];
	objects: Record<string, { geometries: Geometry[] }>;
};

function decodeArcs(topology: Topology): Position[][] {
	const { scale, translate } = topology.transform;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
		});
	});
}

/** A ring from arc indices; `~i` (negative) walks arc i backwards. Shared end points are kept once. */
function ring(indices: number[], arcs: Position[][]): Position[] {
	const points: Position[] = [];
	for (const index of indices) {
		const arc = index < 0 ? [...(arcs[~index] ?? [])].reverse() : (arcs[index] ?? []);
		points.push(...(points.length ? arc.slice(1) : arc));
	}
	return points;
}

/** Features of `object` whose `properties.isoA3` is in `iso3`, as MultiPolygons. */
export function countryFeatures(
	topology: Topology,
	object: string,
	iso3: readonly string[]
): Feature<MultiPolygon, { iso3: string }>[] {
	const arcs = decodeArcs(topology);
	const geometries = topology.objects[object]?.geometries ?? [];
	return geometries.flatMap((g) => {
		const code = String(g.properties?.isoA3 ?? '');
		if (!iso3.includes(code)) return [];
		const polygons =
			g.type === 'Polygon'
				? [g.arcs as number[][]]
				: g.type === 'MultiPolygon'
					? (g.arcs as number[][][])
					: [];
		const coordinates = polygons.map((rings) => rings.map((r) => ring(r, arcs)));
		return [
			{
				type: 'Feature',
				properties: { iso3: code },
				geometry: { type: 'MultiPolygon', coordinates }
			}
		];
	});
}
