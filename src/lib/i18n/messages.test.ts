import { describe, expect, test } from 'vitest';
import { fill } from './define-messages.ts';
import { AREAS, translate } from './messages.ts';

describe('i18n', () => {
	test('French and English have the same keys in every area, and no empty message', () => {
		for (const area of AREAS) {
			expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.fr).sort());
			for (const text of [...Object.values(area.fr), ...Object.values(area.en)])
				expect(text.trim().length).toBeGreaterThan(0);
		}
	});
	test('placeholders are the same in both languages', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const area of AREAS)
			for (const key of Object.keys(area.fr))
				expect(names(area.en[key] ?? ''), key).toEqual(names(area.fr[key] ?? ''));
	});
	test('no key is defined in two areas (a later area would silently win)', () => {
		const keys = AREAS.flatMap((area) => Object.keys(area.fr));
		expect(keys.length).toBe(new Set(keys).size);
	});
	test('translate fills placeholders and leaves unknown ones visible', () => {
		expect(translate('en', 'engine_failed', { error: 'boom' })).toBe(
			'The analysis engine could not start: boom'
		);
		expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
	});
});
