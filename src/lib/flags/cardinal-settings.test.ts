import { describe, expect, it } from 'vitest';
import { parseCardinalSettings, pipeList, SettingsError } from './cardinal-settings.ts';

describe('parseCardinalSettings', () => {
	it('reads the sections Vigie shares with Cardinal, as `ocdscardinal init` writes them', () => {
		const settings = parseCardinalSettings(
			[
				'; currency = USD',
				'no_price_comparison_procurement_methods = Random Selection|Sorteo de Obras',
				'',
				'[exclusions]',
				'procurement_method_details = Marché spécial|Secret défense',
				'',
				'[R003]',
				'threshold = 21 # default is 15',
				'procurement_methods = open|selective|limited',
				'',
				'[R003.procurement_method_details]',
				'Cotización = 7',
				'"Licitación de Seguros" = 10',
				'',
				'[R024]',
				'threshold = 0.05'
			].join('\n')
		);
		expect(settings).toEqual({
			R003: {
				threshold: 21,
				methods: ['open', 'selective', 'limited'],
				details: { Cotización: 7, '"Licitación de Seguros"': 10 }
			},
			excluded: ['Marché spécial', 'Secret défense'],
			noPriceComparison: ['Random Selection', 'Sorteo de Obras'],
			// R018's section is absent: it does not run, as in Cardinal
			notComputed: ['R024']
		});
	});

	it('gives R018 its default competitive methods and an empty list means every method', () => {
		expect(parseCardinalSettings('[R018]\n').R018).toEqual({ methods: ['open', 'selective'] });
		expect(parseCardinalSettings('[R018]\nprocurement_methods =\n').R018).toEqual({ methods: [] });
		expect(pipeList('open|')).toEqual(['open']); // Rust's split_terminator drops the last ''
	});

	it('refuses what Cardinal refuses, saying which line', () => {
		const fault = (text: string) => {
			try {
				parseCardinalSettings(text);
			} catch (error) {
				if (error instanceof SettingsError) return [error.line, error.detail];
			}
			return null;
		};
		expect(fault('[R003]\nthreshhold = 10')).toEqual([
			2,
			{ fault: 'unknown_key', key: '[R003] threshhold' }
		]);
		expect(fault('[R003]\nthreshold = 1.5')).toEqual([2, { fault: 'not_natural', value: '1.5' }]);
		expect(fault('[R999]')).toEqual([1, { fault: 'unknown_section', name: 'R999' }]);
		expect(fault('\n\nthreshold')).toEqual([3, { fault: 'syntax', text: 'threshold' }]);
	});
});
