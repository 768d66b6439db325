import type { WorkBook } from '@e965/xlsx';
import { checkCurrencyLabel } from './local-currency.ts';
import { flagZeroAsMissing, type SeriesRow } from './flag-zero-as-missing.ts';
import { readSipriSheet, type SipriSheet } from './read-sipri-sheet.ts';
import {
	SIPRI_COUNTRIES,
	SIPRI_REGIONS,
	SIPRI_SERIES,
	type SipriSeriesSpec
} from './sipri-series.ts';

/** The SIPRI workbook converted: tidy rows plus what was learnt on the way. */
export interface SipriConversion {
	rows: SeriesRow[];
	/** Sheet name → the sheet as read (preamble, notes, markers). */
	sheets: Record<string, SipriSheet>;
	/** Sheet name → the preamble sentence that states the unit. */
	unitText: Record<string, string>;
	/** ISO3 → [ISO 4217 code, SIPRI's own label]. */
	currencies: Record<string, { code: string; label: string }>;
}

const ENTITY_ORDER = [...Object.keys(SIPRI_COUNTRIES), ...Object.keys(SIPRI_REGIONS)];

/** Converts SIPRI's milex workbook into tidy rows for the G5 countries, World and Africa. */
export function convertSipriWorkbook(wb: WorkBook): SipriConversion {
	const out: SipriConversion = { rows: [], sheets: {}, unitText: {}, currencies: {} };
	SIPRI_SERIES.forEach((spec) => {
		const sheet = readSeriesSheet(wb, spec);
		out.sheets[spec.sheet] = sheet;
		out.unitText[spec.sheet] = findUnitSentence(sheet.preamble, spec);
		if (spec.percentFormatted) assertPercentFormatted(sheet, spec);
		for (const cell of sheet.cells) {
			const value = cell.value === null ? null : cell.value * spec.scale;
			out.rows.push({
				country: cell.iso3,
				year: cell.year,
				series: spec.id,
				value,
				status: cell.status
			});
		}
		if (spec.id === 'lcu_current') {
			for (const [iso3, extra] of Object.entries(sheet.extra)) {
				const label = extra['Currency'] ?? '';
				out.currencies[iso3] = { code: checkCurrencyLabel(iso3, label), label: label.trim() };
			}
		}
	});
	const money = SIPRI_SERIES.filter((s) => s.kind === 'money').map((s) => s.id);
	const ratio = SIPRI_SERIES.filter((s) => s.kind === 'ratio').map((s) => s.id);
	out.rows = sortRows(flagZeroAsMissing(out.rows, money, ratio));
	return out;
}

function readSeriesSheet(wb: WorkBook, spec: SipriSeriesSpec): SipriSheet {
	const ws = wb.Sheets[spec.sheet];
	if (!ws) throw new Error(`SIPRI workbook has no sheet ${JSON.stringify(spec.sheet)}`);
	const isRegion = spec.entity === 'region';
	return readSipriSheet(ws, {
		entities: isRegion ? SIPRI_REGIONS : SIPRI_COUNTRIES,
		headerLabels: isRegion ? ['Region'] : ['Country'],
		notesLabel: isRegion ? 'Omitted countries' : 'Notes',
		extraColumns: spec.id === 'lcu_current' ? ['Currency'] : []
	});
}

function findUnitSentence(preamble: string[], spec: SipriSeriesSpec): string {
	const line = preamble.find((l) => spec.unitPattern.test(l.replace(/\s+/g, ' ')));
	if (!line) throw new Error(`sheet ${spec.sheet}: unit text ${spec.unitPattern} not found`);
	return line.replace(/\s+/g, ' ');
}

// SIPRI titles these sheets "percentage" but stores fractions shown with a % format.
function assertPercentFormatted(sheet: SipriSheet, spec: SipriSeriesSpec): void {
	const bad = sheet.cells.find((c) => c.status === 'ok' && !(c.display ?? '').endsWith('%'));
	if (bad) throw new Error(`sheet ${spec.sheet}: ${bad.iso3} ${bad.year} is not %-formatted`);
}

function sortRows(rows: SeriesRow[]): SeriesRow[] {
	const seriesOrder = [...new Set(SIPRI_SERIES.map((s) => s.id))];
	const key = (r: SeriesRow) => [
		ENTITY_ORDER.indexOf(r.country),
		seriesOrder.indexOf(r.series),
		r.year
	];
	return [...rows].sort((a, b) => {
		const [ka, kb] = [key(a), key(b)];
		return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
	});
}
