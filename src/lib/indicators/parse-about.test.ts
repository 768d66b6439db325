import { describe, expect, it } from 'vitest';
import { INDICATORS } from './index.ts';
import { parseAbout, parseInline } from './parse-about.ts';

describe('parseAbout', () => {
	it('reads the title and the bold-led sections, keeping list lines in their section', () => {
		const about = parseAbout(
			'## Title\n\n**Definition.** One.\n\n**Construction.**\n1. a\n2. b\n\n**Source.** S.'
		);
		expect(about).toEqual({
			title: 'Title',
			sections: [
				{ heading: 'Definition', text: 'One.' },
				{ heading: 'Construction', text: '1. a\n2. b' },
				{ heading: 'Source', text: 'S.' }
			]
		});
	});
});

describe('parseInline', () => {
	it('tags strong and code spans', () => {
		expect(parseInline('set `threshold` **now** please')).toEqual([
			{ text: 'set ' },
			{ text: 'threshold', code: true },
			{ text: ' ' },
			{ text: 'now', strong: true },
			{ text: ' please' }
		]);
	});
});

const REQUIRED = {
	en: [
		'Definition',
		/^(Formula|Construction)$/,
		'Method',
		'Worked example',
		'Why it matters',
		'Exclusions',
		'Missing value',
		'Source'
	],
	fr: [
		'Définition',
		/^(Formule|Construction)$/,
		'Méthode',
		'Exemple',
		'Pourquoi c’est important',
		'Exclusions',
		'Valeur manquante',
		'Source'
	]
} as const;

describe('every indicator explanation', () => {
	it.each(INDICATORS.flatMap((i) => (['fr', 'en'] as const).map((l) => [i.id, l] as const)))(
		'%s (%s) has a title and the eight required sections',
		(id, locale) => {
			const about = parseAbout(INDICATORS.find((i) => i.id === id)!.about[locale]);
			expect(about.title).not.toBe('');
			const headings = about.sections.map((s) => s.heading);
			for (const required of REQUIRED[locale]) {
				expect(
					headings.some((h) => (typeof required === 'string' ? h === required : required.test(h))),
					String(required)
				).toBe(true);
			}
		}
	);
});
