import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const BIDS = ['R024', 'R025', 'R028', 'R030', 'R035', 'R036', 'R038', 'R048', 'R058'];
const read = (locale: string) =>
	readFileSync(new URL(`./bids-data.${locale}.md`, import.meta.url), 'utf8');

test('the methodology says, in French and English, what data each uncomputed flag would take', () => {
	for (const locale of ['fr', 'en']) {
		const text = read(locale);
		// every bid-based flag of Cardinal has its own entry, R003 and R018 are named as computed
		for (const code of BIDS) expect(text).toMatch(new RegExp(`\\*\\*${code} `));
		expect(text).toContain('**R003**');
		expect(text).toContain('**R018**');
		expect(text).toContain('bids/details');
	}
});
