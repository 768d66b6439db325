import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildFigurePack, figurePackReadme, type PackFigure } from './zip-figure-pack.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const figures: PackFigure[] = [
	{
		title: 'Dépenses militaires en dollars constants de 2023',
		lines: ['M$ US · Source : SIPRI', 'Filtres : Dollars constants (2023), 2000–2024'],
		svg: '<svg xmlns="http://www.w3.org/2000/svg"><title>A</title></svg>',
		png: PNG,
		rows: [
			['Année', 'Mali (M$ US)'],
			[2024, 906.4]
		]
	},
	{
		title: 'Dépenses militaires en monnaie locale courante',
		subtitle: 'Francs CFA',
		lines: ['Lien : http://example.org/?measure=lcu_current'],
		svg: '<svg xmlns="http://www.w3.org/2000/svg"><title>B</title></svg>',
		png: PNG,
		rows: [
			['Année', 'Niger'],
			[2024, '=1+1']
		]
	}
];
const text = {
	intro: ['Vigie — figures', 'Page : http://example.org/'],
	files: 'Fichiers',
	colon: ' : '
};

describe('buildFigurePack', () => {
	it('zips README.txt and, per figure, numbered SVG, PNG and CSV files in page order', () => {
		const files = unzipSync(buildFigurePack(figures, text));
		expect(Object.keys(files).sort()).toEqual([
			'01-depenses-militaires-en-dollars-constants-de-2023.csv',
			'01-depenses-militaires-en-dollars-constants-de-2023.png',
			'01-depenses-militaires-en-dollars-constants-de-2023.svg',
			'02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.csv',
			'02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.png',
			'02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.svg',
			'README.txt'
		]);
		// the PNG bytes come back unchanged (stored, not re-encoded)
		expect([...files['02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.png']!]).toEqual(
			[...PNG]
		);
	});

	it('writes each CSV with BOM, the caption and lines as # header, and neutralised formulas', () => {
		const files = unzipSync(buildFigurePack(figures, text));
		const bytes = files['02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.csv']!;
		// UTF-8 BOM bytes (TextDecoder drops them from the decoded text)
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = strFromU8(bytes);
		expect(csv).toBe(
			'# Dépenses militaires en monnaie locale courante\r\n# Francs CFA\r\n' +
				"# Lien : http://example.org/?measure=lcu_current\r\nAnnée,Niger\r\n2024,'=1+1\r\n"
		);
	});
});

describe('figurePackReadme', () => {
	it('lists each figure with its caption, file names and lines, after the intro', () => {
		expect(figurePackReadme(figures, text).split('\r\n')).toEqual([
			'Vigie — figures',
			'Page : http://example.org/',
			'',
			'1. Dépenses militaires en dollars constants de 2023',
			'   Fichiers : 01-depenses-militaires-en-dollars-constants-de-2023.svg, 01-depenses-militaires-en-dollars-constants-de-2023.png, 01-depenses-militaires-en-dollars-constants-de-2023.csv',
			'   M$ US · Source : SIPRI',
			'   Filtres : Dollars constants (2023), 2000–2024',
			'',
			'2. Dépenses militaires en monnaie locale courante — Francs CFA',
			'   Fichiers : 02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.svg, 02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.png, 02-depenses-militaires-en-monnaie-locale-courante-francs-cfa.csv',
			'   Lien : http://example.org/?measure=lcu_current',
			''
		]);
	});
});
