import { describe, expect, it } from 'vitest';
import { guessKind, headerSignature, mapHeaders } from './map-headers.ts';

describe('mapHeaders', () => {
	it('maps French budget headers ignoring case, accents and units', () => {
		const mapping = mapHeaders(
			[
				'EXERCICE',
				'Ministère',
				'Nature de la dépense',
				'LFI (en millions de FCFA)',
				'LFR',
				'Ordonnancement'
			],
			'budget'
		);
		expect(mapping.fields).toEqual({
			year: { column: 0, scale: 1 },
			institution: { column: 1, scale: 1 },
			category: { column: 2, scale: 1 },
			approved: { column: 3, scale: 1e6 },
			revised: { column: 4, scale: 1 },
			executed: { column: 5, scale: 1 }
		});
		expect(mapping.currency).toBe('FCFA');
	});

	it('maps French procurement bulletin headers', () => {
		const headers = [
			'Autorité contractante',
			'Procédure',
			'Titulaire',
			'Montant',
			"Date d'attribution",
			'Soumissionnaires'
		];
		expect(Object.keys(mapHeaders(headers, 'contracts').fields)).toEqual([
			'buyer',
			'method',
			'supplier',
			'amount',
			'award_date',
			'tenderers'
		]);
	});
});

describe('guessKind', () => {
	it('tells budget, contracts and oversight headers apart', () => {
		expect(guessKind(['Année', 'Section', 'Dotation initiale', 'Réalisations']).kind).toBe(
			'budget'
		);
		expect(guessKind(['Acheteur', 'Mode de passation', 'Fournisseur', 'Montant']).kind).toBe(
			'contracts'
		);
		expect(guessKind(['Exercice', 'Organe', 'Document', 'Date de publication']).kind).toBe(
			'oversight'
		);
	});

	it('has zero confidence for headers it does not know', () => {
		expect(guessKind(['foo', 'bar']).confidence).toBe(0);
	});
});

describe('headerSignature', () => {
	it('is the same for headers that differ only by case and accents', () => {
		expect(headerSignature(['Année', 'Crédits votés'])).toBe(
			headerSignature(['ANNEE', 'credits votes'])
		);
	});
});
