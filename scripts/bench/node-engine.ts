/**
 * The Node engine (duckdb-wasm's Node build, the browser's engine): start time, the SIPRI load
 * and the page's all-measures query, the work the build does to prerender `/`. The load is
 * compared with DuckDB's bare CSV reader on the same file, in the same run.
 */
import { join } from 'node:path';
import { openNodeEngine } from '../../src/lib/db/node-engine.ts';
import { sqlString } from '../../src/lib/db/sql.ts';
import { loadMilex } from '../../src/lib/trends/load-milex.ts';
import { queryAllMeasures, querySeriesYears } from '../../src/lib/trends/series.ts';
import { BENCH, median, round, time, type Figure } from './figure.ts';

const COMMAND = `${BENCH} --only node`;
const MILEX = join(process.cwd(), 'data', 'sipri-milex.csv');

type Sample = { start: number; load: number; raw: number; query: number };

async function sample(): Promise<Sample> {
	const [engine, start] = await time(() => openNodeEngine());
	try {
		const bare = `SELECT count(*) AS n FROM read_csv(${sqlString(MILEX)})`;
		await engine.query(bare); // the first query after start is slower: do not bill it to either
		const [, load] = await time(() => loadMilex(engine, MILEX));
		const [, raw] = await time(() => engine.query(bare));
		const years = await querySeriesYears(engine);
		const [, query] = await time(() => queryAllMeasures(engine, years.first, years.last));
		return { start, load, raw, query };
	} finally {
		await engine.close();
	}
}

export async function benchNodeEngine(runs = 3): Promise<Figure[]> {
	const samples: Sample[] = [];
	for (let i = 0; i < runs; i++) samples.push(await sample());
	const m = (k: keyof Sample) => round(median(samples.map((s) => s[k])));
	const figure = (name: string, value: number, ratio?: Figure['ratio']): Figure => ({
		group: 'node',
		name: `${name} (median of ${runs})`,
		value,
		unit: 'ms',
		command: COMMAND,
		ratio
	});
	return [
		figure('Node engine start (openNodeEngine)', m('start')),
		figure('SIPRI CSV load (loadMilex)', m('load'), {
			value: m('load') / m('raw'),
			against: 'bare read_csv count(*)'
		}),
		figure('all-measures query (queryAllMeasures)', m('query'))
	];
}
