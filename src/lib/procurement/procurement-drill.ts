/**
 * Drill-down of the procurement view, in the explore codec's grammar (`drill=<chart>:<part>…`):
 * a method bar (`bar:2021:direct`), a point of the derogation line (`derog:2021`), a red flag
 * (`flag:single`), a supplier (`supplier:alpha equipements`, its normalised name) and a page of
 * the flagged-contracts table (`flagged:amount:2`, its sort and 1-based page, so a sorted page
 * is a link too). Every part is checked against a closed list or a strict pattern; the text of
 * the URL reaches SQL only as bound values.
 */
import { makeDrill, part, type Drill, type DrillGrammar } from '../explore/drill-codec.ts';
import { andWhere } from '../explore/drill-rows.ts';
import { METHOD_ORDER } from './method-categories.ts';
import { FLAG_IDS, type FlagId } from './overview.ts';
import { FLAG_SORTS, type FlagSort, type Where } from './procurement-queries.ts';

/** Normalised supplier names are lower-case letters, digits and single spaces. */
const SUPPLIER = /^[a-z0-9]+( [a-z0-9]+)*$/;

export const PROCUREMENT_DRILLS: DrillGrammar = {
	bar: [part.year, part.oneOf('method', METHOD_ORDER)],
	derog: [part.year],
	flag: [part.oneOf('flag', FLAG_IDS)],
	supplier: [part.pattern('supplier', SUPPLIER)],
	flagged: [part.oneOf('sort', FLAG_SORTS), part.pattern('page', /^[1-9]\d{0,4}$/)]
};

export type ProcurementDrill =
	| { kind: 'bar'; year: number; method: string }
	| { kind: 'derog'; year: number }
	| { kind: 'flag'; flag: FlagId }
	| { kind: 'supplier'; name: string }
	/** `page` counts from 0 here, from 1 in the URL. */
	| { kind: 'flagged'; sort: FlagSort; page: number };

/** The typed drill of a valid `Drill` read with `PROCUREMENT_DRILLS`. */
export function procurementDrill(d: Drill): ProcurementDrill {
	const [a = '', b = ''] = d.parts;
	switch (d.chart) {
		case 'bar':
			return { kind: 'bar', year: Number(a), method: b };
		case 'derog':
			return { kind: 'derog', year: Number(a) };
		case 'flag':
			return { kind: 'flag', flag: a as FlagId };
		case 'supplier':
			return { kind: 'supplier', name: a };
		default:
			return { kind: 'flagged', sort: a as FlagSort, page: Number(b) - 1 };
	}
}

/** The codec's drill of a mark. */
export function toDrill(d: ProcurementDrill): Drill {
	switch (d.kind) {
		case 'bar':
			return makeDrill('bar', d.year, d.method);
		case 'derog':
			return makeDrill('derog', d.year);
		case 'flag':
			return makeDrill('flag', d.flag);
		case 'supplier':
			return makeDrill('supplier', d.name);
		case 'flagged':
			return makeDrill('flagged', d.sort, d.page + 1);
	}
}

/** The selection narrowed to the contracts behind a mark (columns of proc_base). */
export function drillWhere(where: Where, d: Exclude<ProcurementDrill, { kind: 'flagged' }>): Where {
	switch (d.kind) {
		case 'bar':
			return andWhere(andWhere(where, 'year = ?', d.year), 'method = ?', d.method);
		case 'derog':
			return andWhere(andWhere(where, 'year = ?', d.year), 'derogation');
		case 'supplier':
			return andWhere(where, 'supplier_norm = ?', d.name);
		case 'flag':
			// the column name comes from the closed list FLAG_IDS, never from the URL text
			return andWhere(where, `f_${FLAG_IDS.find((f) => f === d.flag)}`);
	}
}
