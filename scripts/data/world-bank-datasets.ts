import type { ManifestInputs } from './build-manifest.ts';
import { BOOST_NOTES, WDI_NOTES } from './manifest-notes.ts';
import { LOCAL_CURRENCIES } from './local-currency.ts';
import { retrievedFrom, yearRange } from './manifest-fields.ts';
import type { Bilingual } from './sipri-series.ts';
import { SOURCE_FILES } from './source-files.ts';

const CC_BY: Bilingual = { fr: 'CC BY 4.0', en: 'CC BY 4.0' };
const BOOST_LICENCE: Bilingual = {
	fr: 'Données BOOST de la Banque mondiale ; licence non précisée par la source, à vérifier avant réutilisation.',
	en: 'World Bank BOOST data; licence not stated by the source, check before reuse.'
};

const WDI_SPECS = [
	{
		key: 'gdp',
		id: 'wdi-gdp',
		code: 'NY.GDP.MKTP.CD',
		series: 'gdp_usd_current',
		source: SOURCE_FILES.wdiGdp,
		title: { fr: 'PIB, dollars US courants', en: 'GDP, current US$' },
		unit: { fr: 'dollars US courants', en: 'current US$' },
		unitCode: 'USD'
	},
	{
		key: 'population',
		id: 'wdi-population',
		code: 'SP.POP.TOTL',
		series: 'population',
		source: SOURCE_FILES.wdiPopulation,
		title: { fr: 'Population totale', en: 'Population, total' },
		unit: { fr: 'personnes', en: 'persons' },
		unitCode: 'persons'
	}
] as const;

/** Manifest entries for the two WDI files (both written to wdi.csv). */
export function wdiDatasets(inputs: Pick<ManifestInputs, 'gdp' | 'population'>) {
	return WDI_SPECS.map((s) => {
		const { table, sha256 } = inputs[s.key];
		return {
			id: s.id,
			file: 'wdi.csv',
			title: s.title,
			publisher: 'World Bank, World Development Indicators',
			release: `WDI, last updated ${table.lastUpdated}`,
			citation: `World Bank, World Development Indicators (${s.code}), ${table.lastUpdated}`,
			licence: CC_BY,
			retrieved_from: retrievedFrom(s.source),
			source_sha256: sha256,
			series: [
				{
					id: s.series,
					indicator_code: s.code,
					unit: s.unit,
					unit_code: s.unitCode,
					description: s.title,
					years: yearRange(table.rows)
				}
			],
			notes: WDI_NOTES
		};
	});
}

/** Manifest entry for the BOOST extract. */
export function boostDataset({ rows, sha256 }: ManifestInputs['boost']) {
	const unit = { fr: 'monnaie locale courante (unités)', en: 'current local currency (units)' };
	const countries = [...new Set(rows.map((r) => r.country))].sort();
	const series = (id: string, fr: string, en: string) => ({
		id,
		unit,
		unit_code: 'LCU',
		description: { fr, en },
		years: yearRange(rows)
	});
	return {
		id: 'boost-budget-execution',
		file: 'boost-budget-execution.csv',
		title: {
			fr: 'Exécution budgétaire de l’État (BOOST)',
			en: 'Government budget execution (BOOST)'
		},
		publisher: 'World Bank (BOOST initiative)',
		release: 'pigographs R package data, budget_execution',
		citation: 'World Bank, BOOST public expenditure database',
		licence: BOOST_LICENCE,
		retrieved_from: retrievedFrom(SOURCE_FILES.boost),
		source_sha256: sha256,
		currencies: Object.fromEntries(countries.map((c) => [c, LOCAL_CURRENCIES[c] ?? ''])),
		series: [
			series('approved', 'Crédits approuvés (budget voté).', 'Approved budget.'),
			series('executed', 'Dépenses exécutées.', 'Executed spending.')
		],
		notes: BOOST_NOTES
	};
}
