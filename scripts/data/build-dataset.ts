import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from '@e965/xlsx';
import { buildManifest, type ManifestInputs } from './build-manifest.ts';
import { convertSipriWorkbook } from './convert-sipri.ts';
import { formatCsv, type CsvValue } from './format-csv.ts';
import { readBoostExtract } from './read-boost.ts';
import { readWdiCsv, type WdiRow } from './read-wdi.ts';
import { buildSipriFootnotes } from './sipri-footnotes.ts';
import { convertGovernance, governanceCsv } from './convert-governance.ts';
import { sha256, type GovernanceHashes } from './governance-manifest.ts';
import { SIPRI_COUNTRIES } from './sipri-series.ts';
import { SOURCE_FILES } from './source-files.ts';

/** Where to read the shared sources and where to write `data/`. */
export interface BuildOptions {
	sourceDir: string;
	outDir: string;
}

/** Output file → number of data rows written (JSON files count 1). */
export type BuildSummary = Record<string, number>;

/** The SIPRI release the default dataset is built from. */
export const SIPRI_RELEASE = 'April 2025 (data 1949–2024, constant 2023 US$)';

/**
 * Builds the default dataset from the shared sources. Output is deterministic: no timestamps,
 * fixed row order, sources identified by SHA-256, so two runs give byte-identical files.
 */
export function buildDataset({ sourceDir, outDir }: BuildOptions): BuildSummary {
	const inputs = readSources(sourceDir);
	const footnotes = buildSipriFootnotes(
		inputs.footnoteSheet,
		inputs.sipri.conversion,
		SIPRI_RELEASE
	);
	const { milex, wdi, boost } = toTables(inputs);
	mkdirSync(outDir, { recursive: true });
	const write = (name: string, text: string) => writeFileSync(join(outDir, name), text, 'utf8');
	const writeCsv = (name: string, header: string, rows: CsvValue[][]) =>
		write(name, formatCsv(header.split(','), rows));
	writeCsv('sipri-milex.csv', 'country,year,series,value,status', milex);
	write('sipri-footnotes.json', JSON.stringify(footnotes, null, '\t') + '\n');
	writeCsv('wdi.csv', 'country,year,series,value', wdi);
	const boostHeader = 'country,year,budget_line,sector,spending_type,approved,executed';
	writeCsv('boost-budget-execution.csv', boostHeader, boost);
	const governance = readGovernance(sourceDir);
	const governanceFiles = Object.entries(governanceCsv(governance.tables));
	for (const [name, [header, rows]] of governanceFiles) write(name, formatCsv(header, rows));
	write('manifest.json', JSON.stringify(buildManifest(inputs, governance), null, '\t') + '\n');
	return {
		'sipri-milex.csv': milex.length,
		'sipri-footnotes.json': 1,
		'wdi.csv': wdi.length,
		'boost-budget-execution.csv': boost.length,
		...Object.fromEntries(governanceFiles.map(([name, [, rows]]) => [name, rows.length])),
		'manifest.json': 1
	};
}

/** The three CSV bodies, as rows of fields, in output order. */
function toTables(inputs: ManifestInputs): Record<'milex' | 'wdi' | 'boost', CsvValue[][]> {
	const milex = inputs.sipri.conversion.rows.map((r) => [
		r.country,
		r.year,
		r.series,
		r.value,
		r.status
	]);
	const wdi = sortWdi([...inputs.gdp.table.rows, ...inputs.population.table.rows]).map((r) => [
		r.country,
		r.year,
		r.series,
		r.value
	]);
	const boost = inputs.boost.rows.map((r) => [
		...[r.country, r.year, r.budget_line, r.sector, r.spending_type],
		...[r.approved, r.executed]
	]);
	return { milex, wdi, boost };
}

function readSources(sourceDir: string): ManifestInputs & { footnoteSheet: XLSX.WorkSheet } {
	const read = (path: string) => {
		const bytes = readFileSync(join(sourceDir, path));
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		return { text: () => bytes.toString('utf8'), bytes, sha256 };
	};
	const [sipri, gdp, population, boost] = [
		read(SOURCE_FILES.sipri.path),
		read(SOURCE_FILES.wdiGdp.path),
		read(SOURCE_FILES.wdiPopulation.path),
		read(SOURCE_FILES.boost.path)
	];
	const workbook = XLSX.read(sipri.bytes);
	const footnoteSheet = workbook.Sheets['Footnotes'];
	if (!footnoteSheet) throw new Error('SIPRI workbook has no Footnotes sheet');
	const g5 = Object.keys(SIPRI_COUNTRIES);
	return {
		footnoteSheet,
		sipri: {
			conversion: convertSipriWorkbook(workbook),
			sha256: sipri.sha256,
			release: SIPRI_RELEASE
		},
		gdp: {
			table: readWdiCsv(gdp.text(), 'NY.GDP.MKTP.CD', 'gdp_usd_current', g5),
			sha256: gdp.sha256
		},
		population: {
			table: readWdiCsv(population.text(), 'SP.POP.TOTL', 'population', g5),
			sha256: population.sha256
		},
		boost: { rows: readBoostExtract(boost.text()), sha256: boost.sha256 }
	};
}

/** The hand-compiled, cited tables live in the repository, beside this module. */
const CITED_DIR = fileURLToPath(new URL('./cited/', import.meta.url));

/** PEFA and OBS from the shared sources, GDI, budgets and events from `cited/`, with hashes. */
function readGovernance(sourceDir: string) {
	const bytes = (dir: string, path: string) => readFileSync(join(dir, path));
	const files = {
		pefa: bytes(sourceDir, SOURCE_FILES.pefa.path),
		obsScores: bytes(sourceDir, SOURCE_FILES.obsScores.path),
		obsExplorer: bytes(sourceDir, SOURCE_FILES.obsExplorer.path),
		citedScores: bytes(CITED_DIR, 'governance-scores.csv'),
		citedBudgets: bytes(CITED_DIR, 'national-budgets.csv'),
		citedEvents: bytes(CITED_DIR, 'events.csv')
	};
	const text = (b: Buffer) => b.toString('utf8');
	const tables = convertGovernance({
		pefa: text(files.pefa),
		obsScores: text(files.obsScores),
		obsExplorer: text(files.obsExplorer),
		cited: {
			scores: text(files.citedScores),
			budgets: text(files.citedBudgets),
			events: text(files.citedEvents)
		}
	});
	const hashes = Object.fromEntries(
		Object.entries(files).map(([k, b]) => [k, sha256(b)])
	) as unknown as GovernanceHashes;
	return { tables, hashes };
}

function sortWdi(rows: WdiRow[]): WdiRow[] {
	const order = ['gdp_usd_current', 'population'];
	return [...rows].sort(
		(a, b) =>
			a.country.localeCompare(b.country) ||
			order.indexOf(a.series) - order.indexOf(b.series) ||
			a.year - b.year
	);
}
