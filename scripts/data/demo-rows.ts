/**
 * The fictitious rows behind `data/demo/` (see scripts/build-demo.ts). Shapes follow the canonical
 * tables (src/lib/db/tables.ts) minus `dataset_id`; `source_row` is the row's line in the CSV
 * (header = 1). Patterns are chosen to exercise every view and indicator the way real Sahel
 * budgets do (capital under-executed, special funds over-executed, direct awards and derogations
 * rising, late execution laws), but every name and amount is invented.
 */
export type Row = Record<string, string | number | boolean | null>;

const COUNTRIES = [
	{ iso3: 'BFA', currency: 'XOF', scale: 1.0 },
	{ iso3: 'MLI', currency: 'XOF', scale: 1.3 },
	{ iso3: 'MRT', currency: 'MRU', scale: 0.05 },
	{ iso3: 'NER', currency: 'XOF', scale: 0.9 },
	{ iso3: 'TCD', currency: 'XAF', scale: 0.8 }
];
type Institution = { name: string; sector: string; weight: number };
export const DEMO_YEARS = { first: 2016, last: 2024 };

const INSTITUTIONS: [Institution, ...Institution[]] = [
	{ name: 'Ministère de la Défense', sector: 'defence', weight: 0.45 },
	{ name: 'État-major général des armées', sector: 'defence', weight: 0.2 },
	{ name: 'Gendarmerie nationale', sector: 'security', weight: 0.14 },
	{ name: 'Police nationale', sector: 'security', weight: 0.13 },
	{ name: 'Garde nationale', sector: 'security', weight: 0.08 }
];
/** Share of an institution's budget, and how execution typically drifts from the vote. */
const CATEGORY_LABELS: Record<string, string> = {
	personnel: 'Dépenses de personnel',
	goods_services: 'Biens et services',
	capital: 'Investissements',
	transfers: 'Transferts',
	other: 'Autres dépenses'
};
const CATEGORIES = [
	{ code: 'personnel', share: 0.52, rate: [0.97, 1.04] as const },
	{ code: 'goods_services', share: 0.22, rate: [0.95, 1.35] as const },
	{ code: 'capital', share: 0.2, rate: [0.45, 0.9] as const },
	{ code: 'transfers', share: 0.04, rate: [0.9, 1.05] as const },
	{ code: 'other', share: 0.02, rate: [0.8, 1.6] as const }
];

/** mulberry32: tiny, seeded, good enough to make invented figures look uneven. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const between = (rnd: () => number, [low, high]: readonly [number, number]) =>
	low + (high - low) * rnd();
/** Amounts are typed in thousands in finance laws: round to 1 000 units. */
const thousands = (x: number) => Math.round(x / 1000) * 1000;
const YEARS = Array.from(
	{ length: DEMO_YEARS.last - DEMO_YEARS.first + 1 },
	(_, i) => DEMO_YEARS.first + i
);

export function demoBudgetLines(): Row[] {
	const rnd = random(2016);
	const rows: Row[] = [];
	for (const country of COUNTRIES)
		for (const year of YEARS) {
			// Security budgets roughly tripled over the period, as in SIPRI's series.
			const total = 180e9 * country.scale * Math.pow(1.13, year - DEMO_YEARS.first);
			for (const inst of INSTITUTIONS)
				for (const cat of CATEGORIES) {
					const approved = thousands(total * inst.weight * cat.share * between(rnd, [0.9, 1.1]));
					const revised = thousands(approved * between(rnd, [0.97, 1.12]));
					const executed = thousands(revised * between(rnd, cat.rate));
					const secret = cat.code === 'goods_services' && inst.sector === 'defence';
					rows.push({
						source_row: rows.length + 2,
						country: country.iso3,
						year,
						institution: inst.name,
						sector: inst.sector,
						category: cat.code,
						programme: secret ? 'Fonds spéciaux' : 'Programme ordinaire',
						line_label: `${inst.name} — ${CATEGORY_LABELS[cat.code] ?? cat.code}`,
						approved,
						revised,
						executed,
						currency: country.currency,
						classified: secret
					});
				}
		}
	return rows;
}

const PURCHASES: [{ title: string; size: number }, ...{ title: string; size: number }[]] = [
	{ title: 'Véhicules tactiques blindés', size: 4e9 },
	{ title: 'Rations alimentaires des unités', size: 6e8 },
	{ title: 'Carburant et lubrifiants', size: 9e8 },
	{ title: 'Uniformes et équipements individuels', size: 5e8 },
	{ title: 'Construction de casernes', size: 2.5e9 },
	{ title: 'Maintenance des aéronefs', size: 1.5e9 },
	{ title: 'Équipements de transmission', size: 8e8 },
	{ title: 'Munitions', size: 2e9 },
	{ title: 'Fournitures de bureau', size: 5e7 },
	{ title: 'Soins médicaux des blessés', size: 3e8 }
];
const SUPPLIERS: [string, ...string[]] = [
	'Société Sahélienne de Défense SA',
	'SAHEL DEFENSE S.A.',
	'Alpha Équipements SARL',
	'Comptoir Général du Niger',
	'Transports Tessalit SARL',
	'Bâtiments du Liptako SA',
	'Aéro Services Sahel',
	'Office Commercial du Kanem',
	'Intendance Plus SARL',
	'Nord Logistique SA',
	'Médi-Sahel SARL',
	'Technologies Radio Afrique'
];
/** Weights: a few suppliers win most (concentration), including two spellings of one firm. */
const SUPPLIER_WEIGHTS = [0.22, 0.08, 0.12, 0.1, 0.08, 0.08, 0.07, 0.06, 0.06, 0.05, 0.04, 0.04];

function pick<T>(rnd: () => number, items: readonly [T, ...T[]], weights: number[]): T {
	let x = rnd() * weights.reduce((a, b) => a + b, 0);
	for (const [i, item] of items.entries()) if ((x -= weights[i] ?? 0) < 0) return item;
	return items[0];
}
const anyOf = <T>(rnd: () => number, items: readonly [T, ...T[]]): T =>
	items[Math.floor(rnd() * items.length)] ?? items[0];

/** Direct awards and derogations grow over the period, as oversight bodies reported. */
function method(rnd: () => number, year: number): string {
	const drift = (year - DEMO_YEARS.first) / (DEMO_YEARS.last - DEMO_YEARS.first);
	return pick(
		rnd,
		['open', 'selective', 'limited', 'direct'],
		[0.5 - 0.3 * drift, 0.15, 0.15, 0.2 + 0.3 * drift]
	);
}

export function demoContracts(): Row[] {
	const rnd = random(2021);
	const rows: Row[] = [];
	for (const country of COUNTRIES)
		for (const year of YEARS) {
			const count = Math.round(40 + 30 * rnd());
			for (let i = 1; i <= count; i++) {
				const purchase = anyOf(rnd, PURCHASES);
				const how = method(rnd, year);
				const amount = thousands(purchase.size * country.scale * between(rnd, [0.2, 1.8]));
				const amendments = rnd() < 0.7 ? 0 : Math.ceil(rnd() * 3);
				const month = 1 + Math.floor(rnd() * 12);
				const day = 1 + Math.floor(rnd() * 28);
				rows.push({
					source_row: rows.length + 2,
					country: country.iso3,
					buyer: anyOf(rnd, INSTITUTIONS).name,
					reference: `DEMO-${country.iso3}-${year}-${String(i).padStart(3, '0')}`,
					title: purchase.title,
					method: how,
					derogation: how === 'direct' || how === 'limited' ? rnd() < 0.6 : false,
					supplier: pick(rnd, SUPPLIERS, SUPPLIER_WEIGHTS),
					amount,
					currency: country.currency,
					award_date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
					tenderers: how === 'direct' ? 1 : 1 + Math.floor(rnd() * 6),
					tender_period_days: how === 'direct' ? null : 5 + Math.floor(rnd() * 40),
					amendments,
					amended_amount: amendments ? thousands(amount * between(rnd, [1.02, 1.6])) : null
				});
			}
		}
	return rows;
}

const date = (year: number, dayOfYear: number) =>
	new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);

export function demoOversightEvents(): Row[] {
	const rnd = random(2024);
	const rows: Row[] = [];
	const add = (row: Omit<Row, 'source_row'>) => rows.push({ source_row: rows.length + 2, ...row });
	for (const country of COUNTRIES)
		for (const year of YEARS) {
			const executed = 180e9 * country.scale * Math.pow(1.13, year - DEMO_YEARS.first);
			const base = {
				country: country.iso3,
				year_covered: year,
				amount_covered: null,
				currency: null
			};
			add({
				...base,
				body: 'government',
				document: 'budget_proposal',
				date_published: date(year - 1, 280 + Math.floor(rnd() * 40))
			});
			add({
				...base,
				body: 'parliament',
				document: 'enacted_budget',
				date_published: date(year, 1 + Math.floor(rnd() * 60))
			});
			// Execution laws arrive one to three years late, and not at all in recent years.
			if (year <= DEMO_YEARS.last - 2 || rnd() < 0.3)
				add({
					...base,
					body: 'parliament',
					document: 'execution_law',
					date_published: date(year + 1, 150 + Math.floor(rnd() * 600))
				});
			// Courts of auditors see a small, irregular share of security spending.
			if (rnd() < 0.45)
				add({
					...base,
					body: 'court_of_auditors',
					document: 'audit_report',
					date_published: date(year + 2, Math.floor(rnd() * 300)),
					amount_covered: thousands(executed * between(rnd, [0.02, 0.3])),
					currency: country.currency
				});
			if (rnd() < 0.25)
				add({
					...base,
					body: 'inspectorate',
					document: 'audit_report',
					date_published: date(year + 1, Math.floor(rnd() * 300)),
					amount_covered: null,
					currency: null
				});
		}
	return rows;
}
