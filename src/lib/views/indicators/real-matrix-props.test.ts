/**
 * The matrix on published data as heatmap cells, on the shipped data (growth 2016 → 2024):
 * each dimension's colour and symbol follow its level, its text is the published value, its
 * name carries value, reading, year and source.
 */
import { beforeAll, expect, test } from 'vitest';
import { queryAccountabilityMatrix } from '../../governance/matrix/matrix-inputs.ts';
import type { MatrixCell } from '../../governance/matrix/matrix-types.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import type { Params } from '../../i18n/define-messages.ts';
import { openShippedData } from '../../governance/shipped-data-node.ts';
import { DIMENSIONS, realMatrixProps } from './real-matrix-props.ts';

let cells: MatrixCell[];
beforeAll(async () => {
	const { engine } = await openShippedData();
	cells = await queryAccountabilityMatrix(engine, 2016, 2024);
	await engine.close();
});
const t = (key: MessageKey, params?: Params) => translate('fr', key, params);
const name = (c: string) => translate('fr', `country_${c}` as MessageKey);

test('five countries × nine dimensions, one colour and one symbol per cell', () => {
	const props = realMatrixProps(cells, 'fr', t, name);
	expect(props.rows.map((r) => r.key)).toEqual(['BFA', 'MLI', 'MRT', 'NER', 'TCD']);
	expect(props.columns.map((c) => c.key)).toEqual([...DIMENSIONS]);
	expect(props.cells).toHaveLength(45);
	const at = (row: string, column: string) =>
		props.cells.find((c) => c.row === row && c.column === column)!;
	// Burkina Faso: gap ▲; 24.1 %/yr high ▲; OBS 2023 legislature 38.83 → « 39 », weak ▲
	expect([at('BFA', 'cell').tone, at('BFA', 'cell').symbol, at('BFA', 'cell').text]).toEqual([
		'concern',
		'▲',
		'déficit'
	]);
	expect([at('BFA', 'growth').text, at('BFA', 'growth').tone]).toEqual(['+24,1\u202f%', 'concern']);
	expect([at('BFA', 'obs_legislative').text, at('BFA', 'obs_legislative').sub]).toEqual([
		'39',
		'OBS 2023'
	]);
	// PEFA: the assessment's year, not the framework's (Burkina Faso was assessed in 2017)
	expect([at('BFA', 'pefa_pi30').text, at('BFA', 'pefa_pi30').sub]).toEqual(['D+', 'PEFA 2017']);
	// PI-24.2 not rated: written as published, no colour of a level
	expect([at('BFA', 'pefa_pi24_2').text, at('BFA', 'pefa_pi24_2').tone]).toEqual(['NR', 'none']);
	// Niger: rising but overseen △; Mali's OBS audit 66.67 → 67, strong ●
	expect([at('NER', 'cell').symbol, at('NER', 'cell').tone]).toEqual(['△', 'watch']);
	expect([at('MLI', 'obs_audit').text, at('MLI', 'obs_audit').symbol]).toEqual(['67', '●']);
	// Mauritania: not in the OBS, no GDI 2020 page — said in words, with the dash symbol
	expect([at('MRT', 'obs_legislative').text, at('MRT', 'obs_legislative').tone]).toEqual([
		'non couvert',
		'none'
	]);
	expect(at('MRT', 'gdi_q26').text).toBe('pas de fiche');
});

test('a cell’s name says its value, reading, year and source; the table has every part', () => {
	const props = realMatrixProps(cells, 'fr', t, name);
	const tcd = props.cells.find((c) => c.row === 'TCD' && c.column === 'obs_legislative')!;
	expect(tcd.label).toBe(
		'Tchad, Parlement (OBS) : 22,3/100 (faible), 2023 — International Budget Partnership, Open Budget Survey 2023, via World Bank Data360 (IBP_OBS) (International Budget Partnership)'
	);
	const ner = props.groups.find((g) => g.label === 'Niger')!.rows;
	expect(ner.map((r) => [r.dimension, r.value, r.year])).toEqual([
		['cell', 'hausse, mais contrôlée', '2016–2024'],
		['growth', '+9,6\u202f% par an', '2016–2024'],
		['oversight', '4 source(s)', '—'],
		['obs_legislative', '49,9/100', '2023'],
		['obs_audit', '44,5/100', '2023'],
		['pefa_pi30', 'D+', '2023'],
		['pefa_pi31', 'C+', '2023'],
		['gdi_q26', '0/100', '2020'],
		['pefa_pi24_2', 'A', '2023']
	]);
	expect(ner.find((r) => r.dimension === 'gdi_q26')?.url).toBe(
		'https://ti-defence.org/gdi/countries/niger/?risk=financial'
	);
	expect(props.description).toBe(
		'Matrice du déficit de redevabilité — données publiées : 3 pays sur 5 en déficit de redevabilité (Burkina Faso, Mali, Mauritanie).'
	);
});
