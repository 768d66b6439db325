import { describe, expect, test } from 'vitest';
import { MATRIX_PARAMS } from '../matrix/levels.ts';
import { MATRIX_DEFAULT_FROM } from '../matrix/matrix-inputs.ts';
import { GOVERNANCE_ABOUT, aboutTitle } from './index.ts';

const headings = (md: string) => [...md.matchAll(/^\*\*[^*]+\*\*/gm)].length;
const matrix = GOVERNANCE_ABOUT.find((a) => a.id === 'matrix')?.about;

describe('methodology texts of the governance series', () => {
	test('six texts, each in French and English with a title and the same number of sections', () => {
		expect(GOVERNANCE_ABOUT.map((a) => a.id)).toEqual([
			'pefa',
			'obs',
			'gdi',
			'budgets',
			'events',
			'matrix'
		]);
		for (const { id, about } of GOVERNANCE_ABOUT) {
			expect(aboutTitle(about.fr), id).not.toBe('');
			expect(aboutTitle(about.en), id).not.toBe(aboutTitle(about.fr));
			expect(headings(about.en), id).toBe(headings(about.fr));
			expect(about.fr, id).toMatch(/\*\*Source\.\*\*/);
			expect(about.en, id).toMatch(/\*\*Source\.\*\*/);
		}
	});

	test('the matrix text states the very cut-offs the code uses', () => {
		const { growthHigh, obs, gdi, pefa } = MATRIX_PARAMS;
		// 0.05 → "5 %" / "5%"; OBS 40 and 60 → "0–40", "41–60", "61–100"; GDI 32 and 66
		expect(matrix?.fr).toContain(`${growthHigh * 100} % par an`);
		expect(matrix?.en).toContain(`${growthHigh * 100}% a year`);
		for (const text of [matrix?.fr, matrix?.en]) {
			expect(text).toContain(`0–${obs.weakMax}`);
			expect(text).toContain(`${obs.weakMax + 1}–${obs.mediumMax}`);
			expect(text).toContain(`${obs.mediumMax + 1}–100`);
			expect(text).toContain(`0–${gdi.weakMax}`);
			expect(text).toContain(`${gdi.weakMax + 1}–${gdi.mediumMax}`);
			expect(text).toContain(pefa.strong.join(', '));
			expect(text).toContain(pefa.weak.join(', '));
			expect(text).toContain(String(MATRIX_DEFAULT_FROM));
		}
	});

	test('Mauritania’s absence from the OBS and the GDI gaps are said in both languages', () => {
		const obs = GOVERNANCE_ABOUT.find((a) => a.id === 'obs')?.about;
		expect(obs?.fr).toMatch(/Mauritanie n’est pas couverte/);
		expect(obs?.en).toMatch(/Mauritania is not covered/);
		const gdi = GOVERNANCE_ABOUT.find((a) => a.id === 'gdi')?.about;
		expect(gdi?.en).toMatch(/No GDI 2020 country page was found for Mauritania or Chad/);
	});
});
