/**
 * Countries a Sahel file may name: the G5 Sahel and their neighbours, by ISO 3166-1 alpha-3,
 * alpha-2 (names as in the OCDS country codelist) and French and English names. Currency is the
 * one a bare "FCFA" or an absent currency means for that country.
 */
import { normalizeText } from './normalize-text.ts';

export interface Country {
	iso3: string;
	iso2: string;
	names: string[];
	currency: string;
}

export const COUNTRIES: Country[] = [
	{ iso3: 'BFA', iso2: 'BF', names: ['Burkina Faso', 'Burkina'], currency: 'XOF' },
	{ iso3: 'MLI', iso2: 'ML', names: ['Mali'], currency: 'XOF' },
	{ iso3: 'MRT', iso2: 'MR', names: ['Mauritanie', 'Mauritania'], currency: 'MRU' },
	{ iso3: 'NER', iso2: 'NE', names: ['Niger'], currency: 'XOF' },
	{ iso3: 'TCD', iso2: 'TD', names: ['Tchad', 'Chad'], currency: 'XAF' },
	{ iso3: 'SEN', iso2: 'SN', names: ['Sénégal', 'Senegal'], currency: 'XOF' },
	{ iso3: 'CIV', iso2: 'CI', names: ["Côte d'Ivoire", 'Ivory Coast'], currency: 'XOF' },
	{ iso3: 'GHA', iso2: 'GH', names: ['Ghana'], currency: 'GHS' },
	{ iso3: 'TGO', iso2: 'TG', names: ['Togo'], currency: 'XOF' },
	{ iso3: 'BEN', iso2: 'BJ', names: ['Bénin', 'Benin'], currency: 'XOF' },
	{ iso3: 'NGA', iso2: 'NG', names: ['Nigeria', 'Nigéria'], currency: 'NGN' },
	{ iso3: 'DZA', iso2: 'DZ', names: ['Algérie', 'Algeria'], currency: 'DZD' },
	{ iso3: 'LBY', iso2: 'LY', names: ['Libye', 'Libya'], currency: 'LYD' },
	{ iso3: 'CMR', iso2: 'CM', names: ['Cameroun', 'Cameroon'], currency: 'XAF' },
	{
		iso3: 'CAF',
		iso2: 'CF',
		names: ['République centrafricaine', 'Centrafrique', 'Central African Republic'],
		currency: 'XAF'
	},
	{ iso3: 'SDN', iso2: 'SD', names: ['Soudan', 'Sudan'], currency: 'SDG' },
	{ iso3: 'GIN', iso2: 'GN', names: ['Guinée', 'Guinea'], currency: 'GNF' },
	{ iso3: 'GNB', iso2: 'GW', names: ['Guinée-Bissau', 'Guinea-Bissau'], currency: 'XOF' },
	{ iso3: 'GMB', iso2: 'GM', names: ['Gambie', 'Gambia'], currency: 'GMD' },
	{ iso3: 'MAR', iso2: 'MA', names: ['Maroc', 'Morocco'], currency: 'MAD' },
	{ iso3: 'ESH', iso2: 'EH', names: ['Sahara occidental', 'Western Sahara'], currency: 'MAD' }
];

/** ISO3 for a country name or code as written in a file, or undefined. */
export function findCountry(text: string): Country | undefined {
	const key = normalizeText(text);
	return COUNTRIES.find((c) => countryKeys(c).includes(key));
}

/** Normalised spellings that name `country` (see normalize-text.ts). */
export function countryKeys(country: Country): string[] {
	return [...new Set([country.iso3, country.iso2, ...country.names].map(normalizeText))];
}

/** Currency zones used to resolve a bare "FCFA" (West: XOF, Central: XAF). */
export const XAF_COUNTRIES = COUNTRIES.filter((c) => c.currency === 'XAF').map((c) => c.iso3);
