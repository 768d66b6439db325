import { expect, test } from 'vitest';
import { bandText } from './band-text.ts';

test("bandText writes PEFA PI-1's A band as a closed percentage interval", () => {
	expect(
		bandText({ score: 'A', atLeast: 0.95, atMost: 1.05 }, 'ratio', 'fr', ' et ', '\u00a0: ')
	).toBe('A\u00a0: ≥ 95,0\u202f% et ≤ 105,0\u202f%');
});
test('bandText writes open bounds and non-percentage units', () => {
	expect(bandText({ score: 'D', below: 0.6 }, 'share', 'en', ' and ', ': ')).toBe('D: < 60.0%');
	expect(bandText({ score: 'high', above: 0.25 }, 'hhi', 'en', ' and ', ': ')).toBe('high: > 0.25');
	expect(bandText({ score: 'n/a' }, 'share', 'en', ' and ', ': ')).toBe('n/a');
});
