import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildDataset } from './build-dataset.ts';

const SOURCE = resolve(
	process.env.VIGIE_SOURCE_DATA ?? join(process.cwd(), '..', 'shared', 'data')
);

test('the committed data/ is exactly what `npm run data` produces from the sources', () => {
	const out = mkdtempSync(join(tmpdir(), 'vigie-committed-'));
	try {
		buildDataset({ sourceDir: SOURCE, outDir: out });
		const committed = join(process.cwd(), 'data');
		// data/demo/ is fictitious and written by scripts/build-demo.ts (tested in demo-data.test.ts).
		const sourced = readdirSync(committed).filter((name) => name !== 'demo');
		expect(sourced.sort()).toEqual(readdirSync(out).sort());
		for (const name of readdirSync(out))
			expect(readFileSync(join(committed, name), 'utf8'), name).toBe(
				readFileSync(join(out, name), 'utf8')
			);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
