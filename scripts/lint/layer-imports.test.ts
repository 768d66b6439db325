/**
 * The import-boundary rule through ESLint's own API and the project's eslint.config.js: source
 * text is linted as if it lived at `filePath`, so no file is written.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

/** The layer-rule messages ESLint reports for `code` placed at `filePath`. */
async function layerErrors(filePath: string, code: string, linter = eslint): Promise<string[]> {
	const [result] = await linter.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter((m) => m.ruleId === 'vigie/layer-imports' || m.fatal)
		.map((m) => m.message);
}

describe('vigie/layer-imports', () => {
	it('fails a chart that imports the engine, relative or through $lib', async () => {
		const relative = await layerErrors(
			'src/lib/charts/WrongWay.svelte',
			'<script lang="ts">\n\timport { type Engine } from \'../db/engine.ts\';\n\tlet { e }: { e: Engine } = $props();\n</script>\n<p>{e}</p>\n'
		);
		expect(relative).toEqual([
			"'charts' may not import 'db' (../db/engine.ts): 'charts' may import only i18n, format, export, map. Move the shared code down, or pass it in as a prop or argument."
		]);
		const viaLib = await layerErrors(
			'src/lib/charts/wrong-way.ts',
			"import { openNodeEngine } from '$lib/db/node-engine.ts';\nexport const open = openNodeEngine;\n"
		);
		expect(viaLib).toHaveLength(1);
		expect(viaLib[0]).toMatch(/^'charts' may not import 'db' \(\$lib\/db\/node-engine\.ts\)/);
	});

	it('fails ingest and indicators importing views, by import, re-export or import()', async () => {
		const ingest = await layerErrors(
			'src/lib/ingest/wrong-way.ts',
			"export { defaultTrendState } from '../views/trends/trend-state.ts';\n"
		);
		expect(ingest).toHaveLength(1);
		expect(ingest[0]).toMatch(/^'ingest' may not import 'views'/);
		const indicators = await layerErrors(
			'src/lib/indicators/execution-rate/wrong-way.ts',
			"export const load = () => import('../../views/indicators/format-result.ts');\n"
		);
		expect(indicators).toHaveLength(1);
		expect(indicators[0]).toMatch(/^'indicators' may not import 'views'/);
	});

	it('fails the server taking a default from a view', async () => {
		const errors = await layerErrors(
			'src/lib/server/wrong-way.ts',
			"import { defaultTrendState } from '../views/trends/trend-state.ts';\nexport const s = defaultTrendState;\n"
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^'server' may not import 'views'/);
	});

	it('passes imports that run downward, within a layer, or to packages', async () => {
		expect(
			await layerErrors(
				'src/lib/charts/right-way.ts',
				"import { formatNumber } from '../format/number.ts';\nimport { toCsv } from '$lib/export/csv.ts';\nimport { scaleLinear } from 'd3';\nimport { dodgeLabels } from './scales.ts';\nexport const all = [formatNumber, toCsv, scaleLinear, dodgeLabels];\n"
			)
		).toEqual([]);
		expect(
			await layerErrors(
				'src/lib/views/trends/RightWay.svelte',
				"<script lang=\"ts\">\n\timport { queryGrowth } from '$lib/trends/growth.ts';\n\timport LineChart from '$lib/charts/LineChart.svelte';\n</script>\n<p>{typeof queryGrowth}{typeof LineChart}</p>\n"
			)
		).toEqual([]);
		expect(
			await layerErrors(
				'src/cli/commands/right-way.ts',
				"import { openDefaultDataset } from '../../lib/server/default-dataset.ts';\nexport const open = openDefaultDataset;\n"
			)
		).toEqual([]);
	});

	it('asks for a new folder to be placed in the table', async () => {
		const errors = await layerErrors(
			'src/lib/unplaced-folder/thing.ts',
			"import { sqlString } from '../db/sql.ts';\nexport const s = sqlString;\n"
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^The folder src\/lib\/unplaced-folder is not in the layer table/);
	});

	it('lets a temporary exception through for its one file only', async () => {
		// the project's own list shrinks to nothing as exceptions are mended: the test brings its own
		const exception = {
			from: 'src/lib/procurement/drill.ts',
			to: 'src/lib/charts/palette.ts',
			why: 'a test of the exception mechanism'
		};
		const withException = new ESLint({
			cwd: process.cwd(),
			overrideConfig: {
				files: ['src/**/*.ts'],
				rules: { 'vigie/layer-imports': ['error', [exception]] }
			}
		});
		const palette =
			"import { METHOD_ORDER } from '../charts/palette.ts';\nexport const m = METHOD_ORDER;\n";
		expect(await layerErrors(exception.from, palette, withException)).toEqual([]);
		expect(await layerErrors(exception.from, palette)).toHaveLength(1);
		const other = await layerErrors('src/lib/procurement/another.ts', palette, withException);
		expect(other).toHaveLength(1);
		expect(other[0]).toMatch(/^'procurement' may not import 'charts'/);
	});
});
