/** Localised text. */
export interface Bilingual {
	fr: string;
	en: string;
}

/** How one output series is read from one SIPRI sheet. */
export interface SipriSeriesSpec {
	id: string;
	sheet: string;
	entity: 'country' | 'region';
	/** `money` series can hold SIPRI's 0-for-missing; `ratio` series reveal it. */
	kind: 'money' | 'ratio';
	/** Must match the sheet's preamble: proof of the unit, so a changed release fails loudly. */
	unitPattern: RegExp;
	/** Multiplier from the sheet's unit to ours (US$ bn → US$ m = 1000). */
	scale: number;
	unitCode: string;
	unit: Bilingual;
	description: Bilingual;
	/** Cells are expected to display with a `%` format (the value is then a fraction). */
	percentFormatted?: boolean;
}

/** The six country series and the regional one, in output order. */
export const SIPRI_SERIES: SipriSeriesSpec[] = [
	{
		id: 'lcu_current',
		sheet: 'Local currency calendar years',
		entity: 'country',
		kind: 'money',
		unitPattern: /Figures are in local currency at current prices and are for calendar years/,
		scale: 1,
		unitCode: 'LCU',
		unit: {
			fr: 'unités de monnaie locale courante (pas des millions)',
			en: 'current local currency units (not millions)'
		},
		description: {
			fr: 'Dépenses militaires en monnaie locale, prix courants, années civiles.',
			en: 'Military expenditure in local currency, current prices, calendar years.'
		}
	},
	{
		id: 'usd_constant_2023',
		sheet: 'Constant (2023) US$',
		entity: 'country',
		kind: 'money',
		unitPattern: /Figures are in US \$m\., at constant 2023 prices and exchange rates/,
		scale: 1,
		unitCode: 'USD_M',
		unit: { fr: 'millions de dollars US constants de 2023', en: 'US$ m, constant 2023 prices' },
		description: {
			fr: 'Dépenses militaires en millions de dollars US aux prix et taux de change constants de 2023.',
			en: 'Military expenditure in US$ m at constant 2023 prices and exchange rates.'
		}
	},
	{
		id: 'usd_current',
		sheet: 'Current US$',
		entity: 'country',
		kind: 'money',
		unitPattern: /Figures are in US \$m\., in current prices, converted at the exchange rate/,
		scale: 1,
		unitCode: 'USD_M',
		unit: { fr: 'millions de dollars US courants', en: 'US$ m, current prices' },
		description: {
			fr: "Dépenses militaires en millions de dollars US courants, au taux de change de l'année.",
			en: "Military expenditure in current US$ m, converted at the year's exchange rate."
		}
	},
	{
		id: 'share_gdp',
		sheet: 'Share of GDP',
		entity: 'country',
		kind: 'ratio',
		unitPattern: /as percentage of gross domestic product/,
		scale: 1,
		unitCode: 'fraction',
		percentFormatted: true,
		unit: { fr: 'fraction du PIB (0,0138 = 1,38 %)', en: 'fraction of GDP (0.0138 = 1.38%)' },
		description: {
			fr: 'Dépenses militaires en part du produit intérieur brut.',
			en: 'Military expenditure as a share of gross domestic product.'
		}
	},
	{
		id: 'share_gov',
		sheet: 'Share of Govt. spending',
		entity: 'country',
		kind: 'ratio',
		unitPattern: /as a percentage of general government expenditure/,
		scale: 1,
		unitCode: 'fraction',
		percentFormatted: true,
		unit: {
			fr: 'fraction des dépenses des administrations publiques',
			en: 'fraction of general government expenditure'
		},
		description: {
			fr: 'Dépenses militaires en part des dépenses des administrations publiques (FMI, WEO), tous niveaux.',
			en: 'Military expenditure as a share of general government expenditure (IMF WEO), all levels.'
		}
	},
	{
		id: 'per_capita_usd',
		sheet: 'Per capita',
		entity: 'country',
		kind: 'ratio',
		unitPattern: /Figures are in current US\$/,
		scale: 1,
		unitCode: 'USD',
		unit: { fr: 'dollars US courants par habitant', en: 'current US$ per person' },
		description: {
			fr: 'Dépenses militaires par habitant, en dollars US courants.',
			en: 'Military expenditure per person, in current US$.'
		}
	},
	{
		id: 'usd_constant_2023',
		sheet: 'Regional totals',
		entity: 'region',
		kind: 'money',
		unitPattern: /Figures are in US\$ b\., at constant 2023 prices and exchange rates/,
		scale: 1000,
		unitCode: 'USD_M',
		unit: { fr: 'millions de dollars US constants de 2023', en: 'US$ m, constant 2023 prices' },
		description: {
			fr: 'Estimation régionale de SIPRI, publiée en milliards de dollars US constants de 2023 et convertie ici en millions (× 1000).',
			en: "SIPRI's regional estimate, published in US$ bn at constant 2023 prices and converted here to US$ m (× 1000)."
		}
	}
];

/** The G5 Sahel countries as SIPRI names them. */
export const SIPRI_COUNTRIES: Record<string, string> = {
	BFA: 'Burkina Faso',
	MLI: 'Mali',
	MRT: 'Mauritania',
	NER: 'Niger',
	TCD: 'Chad'
};

/** The regional totals kept for comparison. */
export const SIPRI_REGIONS: Record<string, string> = { WLD: 'World', AFR: 'Africa' };
