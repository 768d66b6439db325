import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeEngine } from '../db/node-engine.ts';
import { hasMessage } from '../i18n/messages.ts';
import { INDICATORS } from './index.ts';
import { indicatorLabelKey } from './indicator-labels.ts';
import { loadFixtures } from './load-fixtures.ts';
import { runIndicators } from './run-indicators.ts';

describe('indicatorLabelKey', () => {
	it('builds snake-case keys with the area prefix', () => {
		expect(indicatorLabelKey('name', 'pefa-pi1-aggregate-outturn')).toBe(
			'indicators_name_pefa_pi1_aggregate_outturn'
		);
		expect(indicatorLabelKey('score', 'A')).toBe('indicators_score_a');
	});

	it('finds a label for every id, family, unit, band and measure unit of the registry', () => {
		const missing: string[] = [];
		const check = (kind: Parameters<typeof indicatorLabelKey>[0], code: string) => {
			if (!hasMessage(indicatorLabelKey(kind, code))) missing.push(`${kind}:${code}`);
		};
		for (const indicator of INDICATORS) {
			check('name', indicator.id);
			check('family', indicator.family);
			check('unit', indicator.unit);
			for (const [measure, unit] of Object.entries(indicator.measureUnits ?? {})) {
				check('measure', measure);
				check('unit', unit);
			}
			for (const band of indicator.bands ?? []) check('score', band.score);
		}
		expect(missing).toEqual([]);
	});
});

describe('labels of computed results', () => {
	it('exist for every measure, unit, group kind and score the fixtures produce', async () => {
		const missing = new Set<string>();
		const engine = await openNodeEngine();
		for (const { id } of INDICATORS) {
			for (const t of ['budget_lines', 'contracts', 'oversight_events', 'milex'])
				await engine.exec(`DROP TABLE IF EXISTS ${t}`);
			await loadFixtures(engine, join(import.meta.dirname, id));
			for (const r of await runIndicators(engine, { ids: [id] })) {
				const codes: [Parameters<typeof indicatorLabelKey>[0], string | undefined][] = [
					['unit', r.unit],
					['measure', r.measure],
					['group', r.group?.by],
					['score', r.score]
				];
				for (const [kind, code] of codes) {
					if (code && !hasMessage(indicatorLabelKey(kind, code)))
						missing.add(`${id} ${kind}:${code}`);
				}
			}
		}
		await engine.close();
		expect([...missing]).toEqual([]);
	});
});
