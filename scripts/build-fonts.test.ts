import { expect, test } from 'vitest';
import { AREAS } from '../src/lib/i18n/messages.ts';
import { FONT_CHARACTERS } from './build-fonts.ts';

test('the chart font has a glyph for every character of every message, French and English', () => {
	const inFont = new Set(FONT_CHARACTERS);
	const missing = new Set<string>();
	for (const area of AREAS)
		for (const text of [...Object.values(area.fr), ...Object.values(area.en)])
			for (const char of text) if (!inFont.has(char) && char !== '\n') missing.add(char);
	expect([...missing].map((c) => `${c} U+${c.codePointAt(0)!.toString(16)}`)).toEqual([]);
});
