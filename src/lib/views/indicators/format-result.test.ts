import { expect, test } from 'vitest';
import { codeLabel, formatIndicatorValue, groupById } from './format-result.ts';

test('fractions read as percentages, days and HHI in their own units, missing as a dash', () => {
	expect(formatIndicatorValue(0.875, 'ratio', 'fr')).toBe('87,5\u202f%');
	expect(formatIndicatorValue(12, 'days', 'en')).toBe('12\u00a0d');
	expect(formatIndicatorValue(0.3456, 'hhi', 'en')).toBe('0.346');
	expect(formatIndicatorValue(null, 'share', 'fr')).toBe('—');
});
test('codes get their translated label; unknown codes (user data) are shown as written', () => {
	expect(codeLabel('name', 'execution-rate', 'fr')).toBe('Taux d’exécution du budget');
	expect(codeLabel('group', 'Ministère de la Défense', 'fr')).toBe('Ministère de la Défense');
});
test('groupById keeps the order in which indicators first appear', () => {
	const r = (id: string) => ({ id, country: 'NER', year: 2021, value: 1, unit: 'ratio' as const });
	expect([...groupById([r('b'), r('a'), r('b')]).keys()]).toEqual(['b', 'a']);
});
