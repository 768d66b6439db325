import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
	it('drops accents, lowers case and joins words with one hyphen', () => {
		expect(slugify('Dépenses militaires (SIPRI)', 'vigie')).toBe('depenses-militaires-sipri');
		// The narrow no-break space and « » of French typography are separators like any other.
		expect(slugify('« Marchés »\u202f2022 — Mali', 'vigie')).toBe('marches-2022-mali');
		expect(slugify('--Budget  défense 2023--', 'dataset')).toBe('budget-defense-2023');
	});

	it('falls back when nothing is left', () => {
		expect(slugify('', 'vigie')).toBe('vigie');
		expect(slugify('« — »', 'dataset')).toBe('dataset');
		// Letters outside a–z (Arabic here) leave nothing a file name can safely carry.
		expect(slugify('ميزانية', 'dataset')).toBe('dataset');
	});
});
