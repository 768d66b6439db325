import Papa from 'papaparse';

/** One World Bank WDI observation. */
export interface WdiRow {
	country: string;
	year: number;
	series: string;
	value: number;
}

/** A WDI "API_…" download reduced to the wanted countries. */
export interface WdiTable {
	/** The file's own `Last Updated Date` (its vintage). */
	lastUpdated: string;
	rows: WdiRow[];
}

/**
 * Reads a WDI bulk CSV (UTF-8 BOM, 4 preamble lines, then one wide row per country).
 * Empty cells produce no row: WDI leaves a year blank when it has no estimate.
 * Throws if the file is not for `indicatorCode`.
 */
export function readWdiCsv(
	text: string,
	indicatorCode: string,
	series: string,
	countries: string[]
): WdiTable {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const lastUpdated = /"Last Updated Date","([^"]+)"/.exec(lines.slice(0, 4).join('\n'))?.[1] ?? '';
	const start = lines.findIndex((l) => l.startsWith('"Country Name"'));
	if (start < 0) throw new Error('WDI file has no "Country Name" header');
	const parsed = Papa.parse<string[]>(lines.slice(start).join('\n'), { skipEmptyLines: true });
	const [header = [], ...body] = parsed.data;
	const wanted = new Set(countries);
	const rows: WdiRow[] = [];
	for (const record of body) {
		if (!wanted.has(record[1] ?? '')) continue;
		if (record[3] !== indicatorCode)
			throw new Error(`expected ${indicatorCode}, found ${record[3]}`);
		header.forEach((cell, col) => {
			const raw = (record[col] ?? '').trim();
			if (!/^\d{4}$/.test(cell) || raw === '') return;
			const value = Number(raw);
			if (!Number.isFinite(value)) throw new Error(`bad WDI value ${raw}`);
			rows.push({ country: record[1] as string, year: Number(cell), series, value });
		});
	}
	return { lastUpdated, rows };
}
