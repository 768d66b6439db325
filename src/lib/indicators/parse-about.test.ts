import { describe, expect, it } from 'vitest';
import { INDICATORS } from './index.ts';
import {
	COUNTED_HEADINGS,
	DIFFERENCES_HEADING,
	parseAbout,
	parseInline,
	splitCounted
} from './parse-about.ts';

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
		'Numerator',
		'Denominator',
		'Exclusions',
		'Method',
		'Worked example',
		'Why it matters',
		'Differences from the source',
		'Missing value',
		'Source'
	],
	fr: [
		'Définition',
		/^(Formule|Construction)$/,
		'Numérateur',
		'Dénominateur',
		'Exclusions',
		'Méthode',
		'Exemple',
		'Pourquoi c’est important',
		'Différences avec la source',
		'Valeur manquante',
		'Source'
	]
} as const;

describe('every indicator explanation', () => {
	it.each(INDICATORS.flatMap((i) => (['fr', 'en'] as const).map((l) => [i.id, l] as const)))(
		'%s (%s) has a title and the eleven required sections',
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

describe('splitCounted', () => {
	it('sets the numerator, denominator and exclusions apart, keeping the rest in order', () => {
		const md =
			'## T\n\n**Formula.** a ÷ b\n\n**Numerator.** a\n\n**Denominator.** b\n\n' +
			'**Exclusions.** c\n\n**Method.** m';
		expect(splitCounted(md, 'en')).toEqual({
			before: '## T\n\n**Formula.** a ÷ b',
			counted: [
				{ heading: 'Numerator', text: 'a' },
				{ heading: 'Denominator', text: 'b' },
				{ heading: 'Exclusions', text: 'c' }
			],
			after: '**Method.** m'
		});
	});
});

describe('what every indicator counts, in both languages', () => {
	it.each(INDICATORS.flatMap((i) => (['fr', 'en'] as const).map((l) => [i.id, l] as const)))(
		'%s (%s) says what is in the numerator, the denominator, what is excluded, and how it differs from its source',
		(id, locale) => {
			const markdown = INDICATORS.find((i) => i.id === id)!.about[locale];
			const { counted } = splitCounted(markdown, locale);
			expect(counted.map((c) => c.heading)).toEqual([...COUNTED_HEADINGS[locale]]);
			// a real sentence each, not a placeholder
			for (const c of counted) expect(c.text.length, c.heading).toBeGreaterThan(40);
			const differences = parseAbout(markdown).sections.find(
				(s) => s.heading === DIFFERENCES_HEADING[locale]
			);
			expect(differences?.text.length ?? 0).toBeGreaterThan(60);
		}
	);
	it('covers all 19 indicators', () => {
		expect(INDICATORS).toHaveLength(19);
	});
});
