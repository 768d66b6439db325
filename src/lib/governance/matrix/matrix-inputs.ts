/** Runs the queries that feed `buildAccountabilityMatrix` on an engine with all tables loaded. */
import type { Engine } from '../../db/engine.ts';
import { queryGrowth } from '../../trends/growth.ts';
import { queryGdi, queryObsSeries, queryPefaScores } from '../scores.ts';
import { buildAccountabilityMatrix } from './build-matrix.ts';
import type { MatrixCell, MatrixInputs } from './matrix-types.ts';

/**
 * The default start of the growth period: 2016, the first year after Niger's 2015 gap in SIPRI's
 * series, so all five countries have a growth figure. The end is the latest SIPRI year.
 */
export const MATRIX_DEFAULT_FROM = 2016;

/** Growth from `from` to `to` (the as-of year); every part's latest value up to `to`. */
export async function loadMatrixInputs(
	engine: Engine,
	from: number,
	to: number
): Promise<MatrixInputs> {
	return {
		from,
		to,
		growth: (await queryGrowth(engine, from, to)).filter((r) => r.country !== 'G5'),
		pefa: await queryPefaScores(engine, ['PI-30', 'PI-31', 'PI-24.2'], { all: true }),
		obs: await queryObsSeries(engine, ['legislative_oversight', 'audit_oversight']),
		gdi: await queryGdi(engine)
	};
}

/** The matrix as of `to`, for growth since `from`. */
export async function queryAccountabilityMatrix(
	engine: Engine,
	from: number,
	to: number
): Promise<MatrixCell[]> {
	return buildAccountabilityMatrix(await loadMatrixInputs(engine, from, to));
}
