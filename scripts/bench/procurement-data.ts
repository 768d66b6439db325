/**
 * A deterministic procurement file of any size for the procurement bench: canonical column
 * names (the import maps them without help), five Sahel countries in their own currencies, ten
 * award years, eight buyers per country, 300 firms each written three ways (so the supplier
 * names have something to merge), and every red flag present.
 */
import { createWriteStream } from 'node:fs';

const COUNTRIES = [
	['BFA', 'XOF'],
	['MLI', 'XOF'],
	['MRT', 'MRU'],
	['NER', 'XOF'],
	['TCD', 'XAF']
] as const;
const BUYERS = [
	'Ministère de la Défense',
	'État-major général des armées',
	'Gendarmerie nationale',
	'Police nationale',
	'Garde nationale',
	'Direction du matériel',
	'Service de santé des armées',
	'Intendance militaire'
];
const METHODS = ['open', 'open', 'selective', 'limited', 'direct', 'direct', ''];
const TITLES = ['Carburant', 'Rations', 'Uniformes', 'Véhicules', 'Transmissions', 'Travaux'];
const HEADER =
	'country,buyer,reference,title,method,derogation,supplier,amount,currency,award_date,tenderers,tender_period_days,amendments,amended_amount\n';

/** Firm `i` in one of three spellings, e.g. "Sahel Equipements 12 SARL" / "SAHEL ÉQUIPEMENTS 12 S.A.R.L.". */
function supplier(i: number, spelling: number): string {
	const words = ['Sahel', 'Niger', 'Liptako', 'Kanem', 'Adrar', 'Gourma'][i % 6];
	const base = `${words} Équipements ${i}`;
	if (spelling === 0) return `${base} SARL`;
	if (spelling === 1) return `${base.toUpperCase()} S.A.R.L.`;
	return `Ets ${base.normalize('NFD').replace(/\p{M}/gu, '')}`;
}

/** Writes `rows` contracts to `path`; the same `rows` always gives the same bytes. */
export async function writeProcurementCsv(path: string, rows: number): Promise<void> {
	const out = createWriteStream(path);
	// mulberry32: a plain LCG's low bits repeat with a short period, which would make the
	// "random" buyer × supplier pairs a few hundred instead of thousands
	let seed = 7;
	const next = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
		return (x ^ (x >>> 14)) >>> 0;
	};
	out.write(HEADER);
	for (let start = 0; start < rows; start += 10_000) {
		const lines: string[] = [];
		for (let row = start; row < Math.min(rows, start + 10_000); row++) {
			const [country, currency] = COUNTRIES[row % 5]!;
			const method = METHODS[next() % METHODS.length]!;
			const amount = (1 + (next() % 5000)) * (currency === 'MRU' ? 10_000 : 100_000);
			const year = 2015 + (next() % 10);
			const date = `${year}-${String(1 + (next() % 12)).padStart(2, '0')}-${String(1 + (next() % 28)).padStart(2, '0')}`;
			const competitive = method === 'open' || method === 'selective';
			const tenderers = competitive ? String(1 + (next() % 6)) : '';
			const days = method === 'open' && next() % 4 ? String(5 + (next() % 40)) : '';
			const amendments = next() % 3;
			const amended = amendments ? String(Math.round(amount * (1 + (next() % 60) / 100))) : '';
			lines.push(
				`${country},${BUYERS[next() % 8]},R${row},${TITLES[row % 6]} lot ${row % 97},${method},${next() % 5 === 0},${supplier(next() % 300, next() % 3)},${amount},${currency},${date},${tenderers},${days},${amendments},${amended}\n`
			);
		}
		if (!out.write(lines.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
	}
	await new Promise<void>((resolve, reject) =>
		out.end((e?: Error | null) => (e ? reject(e) : resolve()))
	);
}
