import type { BoostRow } from './read-boost.ts';
import type { SipriConversion } from './convert-sipri.ts';
import type { WdiTable } from './read-wdi.ts';
import { SIPRI_NOTES } from './manifest-notes.ts';
import { retrievedFrom, yearRange } from './manifest-fields.ts';
import { boostDataset, wdiDatasets } from './world-bank-datasets.ts';
import { SIPRI_COUNTRIES, SIPRI_REGIONS, SIPRI_SERIES, type Bilingual } from './sipri-series.ts';
import { SOURCE_FILES } from './source-files.ts';
import type { GovernanceTables } from './convert-governance.ts';
import { governanceDatasets, type GovernanceHashes } from './governance-manifest.ts';

/** Inputs of {@link buildManifest}: converted tables and the SHA-256 of each source file. */
export interface ManifestInputs {
	sipri: { conversion: SipriConversion; sha256: string; release: string };
	gdp: { table: WdiTable; sha256: string };
	population: { table: WdiTable; sha256: string };
	boost: { rows: BoostRow[]; sha256: string };
}

const SIPRI_LICENCE: Bilingual = {
	fr: "Usage public gratuit avec mention de la source ; vérifier les conditions d'utilisation de sipri.org avant toute réutilisation commerciale.",
	en: "Free public use with acknowledgement; check sipri.org's terms of use before any commercial reuse."
};

/** Builds `data/manifest.json`: one entry per source, with units, hashes and notes. */
export function buildManifest(
	inputs: ManifestInputs,
	governance: { tables: GovernanceTables; hashes: GovernanceHashes }
) {
	return {
		version: 1,
		datasets: [
			sipriDataset(inputs.sipri),
			...wdiDatasets(inputs),
			boostDataset(inputs.boost),
			...governanceDatasets(governance.tables, governance.hashes)
		]
	};
}

function sipriDataset({ conversion, sha256, release }: ManifestInputs['sipri']) {
	return {
		id: 'sipri-milex',
		file: 'sipri-milex.csv',
		footnotes: 'sipri-footnotes.json',
		title: { fr: 'Dépenses militaires (SIPRI)', en: 'Military expenditure (SIPRI)' },
		publisher: 'Stockholm International Peace Research Institute (SIPRI)',
		release,
		citation: 'SIPRI Military Expenditure Database, 2025, https://www.sipri.org/databases/milex',
		licence: SIPRI_LICENCE,
		retrieved_from: retrievedFrom(SOURCE_FILES.sipri),
		source_sha256: sha256,
		currencies: Object.fromEntries(
			Object.entries(conversion.currencies).map(([k, v]) => [k, v.code])
		),
		currency_labels: Object.fromEntries(
			Object.entries(conversion.currencies).map(([k, v]) => [k, v.label])
		),
		series: SIPRI_SERIES.map((spec) => {
			const entities = Object.keys(spec.entity === 'region' ? SIPRI_REGIONS : SIPRI_COUNTRIES);
			const rows = conversion.rows.filter(
				(r) => r.series === spec.id && entities.includes(r.country)
			);
			return {
				id: spec.id,
				countries: entities,
				unit: spec.unit,
				unit_code: spec.unitCode,
				sheet: spec.sheet,
				source_unit_text: conversion.unitText[spec.sheet],
				scale_applied: spec.scale,
				description: spec.description,
				years: yearRange(rows.filter((r) => r.status === 'ok'))
			};
		}),
		notes: SIPRI_NOTES
	};
}
