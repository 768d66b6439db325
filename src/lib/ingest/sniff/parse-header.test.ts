import { describe, expect, it } from 'vitest';
import { parseHeader } from './parse-header.ts';

describe('parseHeader', () => {
	it('reads scale and currency from "Crédits votés (en millions de FCFA)"', () => {
		expect(parseHeader('Crédits votés (en millions de FCFA)')).toEqual({
			key: 'credits votes',
			scale: 1e6,
			currency: 'FCFA'
		});
	});

	it('reads units written without parentheses', () => {
		expect(parseHeader('Dotation révisée en milliards de F CFA')).toEqual({
			key: 'dotation revisee',
			scale: 1e9,
			currency: 'FCFA'
		});
		expect(parseHeader('Montant (milliers XOF)')).toEqual({
			key: 'montant',
			scale: 1e3,
			currency: 'XOF'
		});
	});

	it('keeps plain headers whole, "de" included', () => {
		expect(parseHeader("Nombre d'offres")).toEqual({
			key: 'nombre d offres',
			scale: 1,
			currency: undefined
		});
		expect(parseHeader('tender/procurementMethod').key).toBe('tender procurementmethod');
	});
});
