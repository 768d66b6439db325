/**
 * The columns of the CSV an OCDS file is converted to: each canonical contracts field with the
 * OCDS path it is read from as its heading, so the preview, the mapping and every problem
 * ("colonne « awards/value/amount »") name the place in the standard. The mapping is fixed: the
 * import page and `vigie check` cannot map these columns to anything else.
 */
import type { FieldSource, Mapping } from '../../sniff/map-headers.ts';

export const OCDS_COLUMNS = [
	['ocid', 'ocid'],
	['stage', 'stage (award, tender, planning)'],
	['buyer', 'buyer/name'],
	['title', 'tender/title'],
	['method', 'tender/procurementMethod'],
	['method_details', 'tender/procurementMethodDetails'],
	['tender_status', 'tender/status'],
	['tenderers', 'tender/numberOfTenderers'],
	['tender_start', 'tender/tenderPeriod/startDate'],
	['tender_end', 'tender/tenderPeriod/endDate'],
	['tender_period_days', 'tender/tenderPeriod (whole days)'],
	['reference', 'awards/id'],
	['supplier', 'awards/suppliers/name'],
	['amount', 'awards/value/amount'],
	['currency', 'awards/value/currency'],
	['award_date', 'awards/date'],
	['amendments', 'contracts/amendments (count)'],
	['amended_amount', 'contracts/value/amount (amended)']
] as const;

export type OcdsField = (typeof OCDS_COLUMNS)[number][0];
/** One converted row: a value (as text) per field; absent = empty cell. */
export type OcdsRow = Partial<Record<OcdsField, string>>;

/** The mapping of the converted CSV: column i holds field `OCDS_COLUMNS[i][0]`. */
export function ocdsMapping(): Mapping {
	const fields: Record<string, FieldSource> = {};
	OCDS_COLUMNS.forEach(([field], column) => (fields[field] = { column, scale: 1 }));
	return { kind: 'contracts', fields };
}
