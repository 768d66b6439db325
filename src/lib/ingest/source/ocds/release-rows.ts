/**
 * One compiled release → canonical contracts rows: one per award, or one for the contracting
 * process when it has no award yet (a tender or planning notice still counts for the red flags
 * on its tender, R003 and R018, but has no buyer or amount to give). Awards whose status is
 * `cancelled` or `unsuccessful` are no contract (OCDS awardStatus) and give no row.
 */
import type { OcdsRow } from './ocds-columns.ts';
import { asCell, asName, asObject, asObjects, type JsonObject } from './json-values.ts';
import { submissionDays } from './submission-days.ts';

export interface ReleaseRow {
	row: OcdsRow;
	/** 1-based position of the award in `awards`, or null for the process row. */
	award: number | null;
}

const NOT_A_CONTRACT = new Set(['cancelled', 'unsuccessful']);

/** The rows of one compiled release. */
export function releaseRows(release: JsonObject): ReleaseRow[] {
	const tender = asObject(release.tender) ?? {};
	const common = processFields(release, tender);
	const awards = asObjects(release.awards)
		.map((award, i) => ({ award, position: i + 1 }))
		.filter(({ award }) => !NOT_A_CONTRACT.has(String(award.status)));
	if (awards.length === 0) {
		const stage = Object.keys(tender).length ? 'tender' : 'planning';
		return [{ row: { ...common, stage }, award: null }];
	}
	const contracts = asObjects(release.contracts);
	return awards.map(({ award, position }) => ({
		row: { ...common, stage: 'award', ...awardFields(release, award, linked(award, contracts)) },
		award: position
	}));
}

/** What every row of the process shares: ids, buyer, the tender and its submission period. */
function processFields(release: JsonObject, tender: JsonObject): OcdsRow {
	const period = asObject(tender.tenderPeriod) ?? {};
	// The dates as Cardinal counts them; else the publisher's own `durationInDays` (which Cardinal
	// does not read); none when the dates run backwards, so the import reports them.
	const counted = submissionDays(period.startDate, period.endDate);
	const days =
		typeof counted === 'number'
			? String(counted)
			: counted === null
				? asCell(period.durationInDays)
				: undefined;
	return {
		ocid: asCell(release.ocid),
		buyer: buyerName(release, tender),
		title: asCell(tender.title),
		method: asCell(tender.procurementMethod),
		method_details: asCell(tender.procurementMethodDetails),
		tender_status: asCell(tender.status),
		tenderers: asCell(tender.numberOfTenderers),
		tender_start: asCell(period.startDate),
		tender_end: asCell(period.endDate),
		tender_period_days: days
	};
}

/** The award's own fields, with its signed contracts' date, value and amendments as fallbacks. */
function awardFields(release: JsonObject, award: JsonObject, contracts: JsonObject[]): OcdsRow {
	const value = asObject(award.value);
	const contractValues = contracts.map((c) => asObject(c.value)).filter((v) => v !== undefined);
	const amendments = amendmentCount(award) + contracts.reduce((n, c) => n + amendmentCount(c), 0);
	const amended = amendments > 0 ? sumAmounts(contractValues) : undefined;
	return {
		reference: asCell(award.id),
		supplier: supplierNames(release, award),
		amount: asCell(value?.amount) ?? sumAmounts(contractValues),
		currency: asCell(value?.currency) ?? asCell(contractValues[0]?.currency),
		award_date: asCell(award.date) ?? asCell(contracts[0]?.dateSigned),
		amendments: String(amendments),
		amended_amount: amended
	};
}

/** The contracts signed under `award` (by `awardID`; all of them when the release has one award). */
function linked(award: JsonObject, contracts: JsonObject[]): JsonObject[] {
	const id = asName(award.id);
	const byId = contracts.filter((c) => id !== undefined && asName(c.awardID) === id);
	return byId.length || contracts.some((c) => c.awardID !== undefined) ? byId : contracts;
}

/** OCDS 1.1 `amendments` (an array), or 1.0's single `amendment` object. */
function amendmentCount(object: JsonObject): number {
	if (Array.isArray(object.amendments)) return object.amendments.length;
	return asObject(object.amendment) ? 1 : 0;
}

/**
 * Sum of the amounts when they are all numbers (JSON numbers, or Flatten Tool's text) in one
 * currency; else undefined.
 */
function sumAmounts(values: JsonObject[]): string | undefined {
	const amounts = values.map((v) => (typeof v.amount === 'string' ? Number(v.amount) : v.amount));
	if (values.length === 0 || amounts.some((a) => typeof a !== 'number' || !Number.isFinite(a)))
		return undefined;
	if (new Set(values.map((v) => v.currency)).size > 1) return undefined;
	return String((amounts as number[]).reduce((sum, a) => sum + a, 0));
}

/**
 * The buyer's name: `buyer/name`, else the party it points to, else the party whose role is
 * buyer, else the procuring entity (a publisher that names only the entity running the tender).
 */
function buyerName(release: JsonObject, tender: JsonObject): string | undefined {
	const parties = asObjects(release.parties);
	const named = (org: unknown) => {
		const o = asObject(org);
		const id = asName(o?.id);
		return asName(o?.name) ?? asName(parties.find((p) => id && asName(p.id) === id)?.name);
	};
	const byRole = (role: string) =>
		asName(parties.find((p) => roles(p).includes(role) && asName(p.name))?.name);
	return (
		named(release.buyer) ??
		byRole('buyer') ??
		named(tender.procuringEntity) ??
		byRole('procuringEntity')
	);
}

/** Distinct supplier names of an award (from the party when only an id is given), ' / '-joined. */
function supplierNames(release: JsonObject, award: JsonObject): string | undefined {
	const parties = asObjects(release.parties);
	const names = asObjects(award.suppliers).map((s) => {
		const id = asName(s.id);
		return asName(s.name) ?? asName(parties.find((p) => id && asName(p.id) === id)?.name);
	});
	const distinct = [...new Set(names.filter((n) => n !== undefined))];
	return distinct.length ? distinct.join(' / ') : undefined;
}

/** A party's roles: a JSON array, or Flatten Tool's `;`-joined text. */
function roles(party: JsonObject): string[] {
	if (Array.isArray(party.roles)) return party.roles.map(String);
	return typeof party.roles === 'string' ? party.roles.split(';').map((r) => r.trim()) : [];
}
