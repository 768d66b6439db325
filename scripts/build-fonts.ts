/**
 * Writes the one font Vigie's charts use, « Vigie Sans »: DejaVu Sans (regular and bold) cut
 * down to the characters French and English text and figures need, as WOFF2 in static/fonts/.
 * Charts on screen and exported SVG/PNG files use it (the export embeds it), so a figure looks the
 * same in any viewer. DejaVu's licence allows this with the family renamed (static/fonts/LICENSE).
 *
 * Usage: `node --import tsx scripts/build-fonts.ts [dejavuDir]` (Debian: fonts-dejavu-core).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/** Printable ASCII, Latin-1, and the typographic signs Vigie writes (narrow no-break space…). */
export const FONT_CHARACTERS =
	Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
	Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)).join('') +
	'–—‘’“”„‹›…•·€−×÷≈≠≤≥Σ←→↑↓▲▼△▽●○■□✓✗\u2009\u202f\u2011ŒœŸ';

export const FONT_FILES = [
	{ source: 'DejaVuSans.ttf', out: 'static/fonts/vigie-sans.woff2' },
	{ source: 'DejaVuSans-Bold.ttf', out: 'static/fonts/vigie-sans-bold.woff2' }
];

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? '/usr/share/fonts/truetype/dejavu';
	for (const { source, out } of FONT_FILES) {
		const font = await subsetFont(await readFile(join(dir, source)), FONT_CHARACTERS, {
			targetFormat: 'woff2'
		});
		await writeFile(out, font);
		console.log(`wrote ${out} (${font.length} bytes)`);
	}
}
