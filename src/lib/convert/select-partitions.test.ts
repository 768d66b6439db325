import { describe, expect, it } from 'vitest';
import { MANIFEST_FORMAT, type Partition, type TableManifest } from './layout.ts';
import {
	parseManifest,
	readPartitionsSql,
	selectPartitions,
	sumTotals
} from './select-partitions.ts';

const part = (country: string | null, year: number | null, totals: Partition['totals']) => {
	const path = `contracts/country_key=${country ?? 'none'}/year_key=${year ?? 0}/data_0.csv.gz`;
	const rows = totals.reduce((n, t) => n + t.rows, 0);
	const files = [{ path, bytes: 100, sha256: 'x' }];
	return { country, year, rows, bytes: 100, files, min: null, max: null, totals };
};

const table: TableManifest = {
	columns: [{ name: 'amount', type: 'DOUBLE' }],
	rows: 9,
	bytes: 600,
	partitions: [
		part('MLI', 2022, [{ group: 'open', rows: 2, sum: 500 }]),
		part('MLI', 2023, [{ group: 'direct', rows: 1, sum: 900 }]),
		part('MLI', null, [{ group: 'open', rows: 1, sum: 10 }]),
		part('NER', 2022, [
			{ group: 'direct', rows: 2, sum: 300 },
			{ group: null, rows: 1, sum: 40 }
		]),
		part('NER', 2023, [{ group: 'open', rows: 1, sum: 70 }]),
		part(null, 2023, [{ group: 'limited', rows: 1, sum: null }])
	]
};
const keys = (ps: Partition[]) => ps.map((p) => `${p.country}/${p.year}`);

describe('selectPartitions', () => {
	it('selects the one file of a country-year view', () => {
		const chosen = selectPartitions(table, { countries: ['NER'], from: 2022, to: 2022 });
		expect(chosen.flatMap((p) => p.files.map((f) => f.path))).toEqual([
			'contracts/country_key=NER/year_key=2022/data_0.csv.gz'
		]);
	});

	it('keeps a country’s rows of unknown year when no year is asked, and drops them when one is', () => {
		expect(keys(selectPartitions(table, { countries: ['MLI'] }))).toEqual([
			'MLI/2022',
			'MLI/2023',
			'MLI/null'
		]);
		expect(keys(selectPartitions(table, { countries: ['MLI'], from: 2023 }))).toEqual(['MLI/2023']);
	});

	it('takes every country when none is given, rows without a country included', () => {
		expect(keys(selectPartitions(table, { from: 2023, to: 2023 }))).toEqual([
			'MLI/2023',
			'NER/2023',
			'null/2023'
		]);
	});

	it('selects nothing for a year the dataset does not cover', () => {
		expect(selectPartitions(table, { countries: ['NER'], from: 2030, to: 2030 })).toEqual([]);
	});
});

describe('sumTotals', () => {
	it('adds the pre-aggregates of the chosen partitions by group, largest first, unknown sums last', () => {
		// direct 900 + 300 = 1200 (3 rows); open 500 + 10 + 70 = 580 (4 rows); null method 40;
		// limited has no amount at all, so its sum stays null rather than 0
		expect(sumTotals(table.partitions)).toEqual([
			{ group: 'direct', rows: 3, sum: 1200 },
			{ group: 'open', rows: 4, sum: 580 },
			{ group: null, rows: 1, sum: 40 },
			{ group: 'limited', rows: 1, sum: null }
		]);
	});
});

describe('parseManifest', () => {
	const manifest = { format: MANIFEST_FORMAT, created: '', tables: { contracts: table } };

	it('accepts a manifest written by vigie convert', () => {
		expect(parseManifest(JSON.parse(JSON.stringify(manifest))).tables.contracts?.rows).toBe(9);
	});

	it('refuses file paths that leave the manifest’s folder or name another host', () => {
		for (const path of ['../secret.csv.gz', '/etc/passwd', 'https://example.org/x.csv.gz']) {
			const bad = structuredClone(manifest);
			bad.tables.contracts.partitions[0]!.files[0]!.path = path;
			expect(() => parseManifest(bad), path).toThrow('malformed');
		}
	});

	it('refuses a column type that is not a plain DuckDB type name', () => {
		const bad = structuredClone(manifest);
		bad.tables.contracts.columns[0]!.type = 'DOUBLE); DROP TABLE x; --';
		expect(() => parseManifest(bad)).toThrow('malformed');
		expect(() => parseManifest({ format: 'other' })).toThrow('not a vigie-partitions/1');
	});
});

describe('readPartitionsSql', () => {
	it('quotes file names and reads with the manifest’s types, no sniffing', () => {
		expect(readPartitionsSql(table, ["l'a.csv.gz"])).toBe(
			`read_csv(['l''a.csv.gz'], header = true, delim = ',', quote = '"', escape = '"', compression = 'gzip', hive_partitioning = false, columns = {'amount': 'DOUBLE'})`
		);
	});
});
