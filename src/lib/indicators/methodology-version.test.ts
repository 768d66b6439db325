import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from './fingerprint.ts';
import { INDICATORS } from './index.ts';
import { APP_VERSION, METHODOLOGY_DIGEST, METHODOLOGY_VERSION } from './methodology-version.ts';

/**
 * What a value depends on, per indicator. SQL comments and spacing are left out (they change no
 * number); a multi-year scorer is code, so only its presence is recorded (a limit: changing its
 * body alone is not caught here).
 */
function computationalParts() {
	return INDICATORS.map((i) => ({
		id: i.id,
		sql: i.sql.replace(/--.*$/gm, '').replace(/\s+/g, ' ').trim(),
		tables: i.tables,
		unit: i.unit,
		measureUnits: i.measureUnits,
		direction: i.direction,
		bands: i.bands,
		bandMeasure: i.bandMeasure,
		params: i.params,
		hasScorer: Boolean(i.score)
	}));
}

describe('METHODOLOGY_VERSION', () => {
	test('is a semantic version', () => {
		expect(METHODOLOGY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
	});
	test('was bumped with the last change to any indicator’s SQL, parameters, bands or units', async () => {
		const digest = await sha256Hex(canonicalJson(computationalParts()));
		expect(
			digest,
			`The indicator registry changed: bump METHODOLOGY_VERSION (now ${METHODOLOGY_VERSION}) and set METHODOLOGY_DIGEST to ${digest} in methodology-version.ts`
		).toBe(METHODOLOGY_DIGEST);
	});
});

describe('APP_VERSION', () => {
	test('is package.json’s version', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		expect(APP_VERSION).toBe(pkg.version);
	});
});
