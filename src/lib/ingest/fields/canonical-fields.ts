/**
 * THE definition of the canonical fields: one zod object per kind of data, each field's value as
 * the canonical table stores it (`src/lib/db/tables.ts`), with its description and what the
 * importer needs to know of it (its registered metadata, `vigie`: parse type, required in a file, signature,
 * code list). Everything else is derived from here: the importer's `FIELD_SPECS`
 * (`field-specs.ts`), the import page's list of expected columns, the Table Schema of a published
 * dataset (`table-schema.ts`) and the check of every canonical row `vigie check` and
 * `vigie publish` produce (`canonicalRowSchema`). A test proves it matches the DDL.
 */
// zod/mini: the same schemas and JSON Schema as classic zod, a fraction of its size in the
// pages that import files (the definition ships with the importer).
import * as z from 'zod/mini';
import { CODE_RULES } from './code-lists.ts';
import { COUNTRIES } from './countries.ts';
import type { CodeListName, DataKind, FieldSpec, FieldType } from './field-specs.ts';

/** What the importer reads of a field (its name is the object's key). */
export type FieldRole = Omit<FieldSpec, 'name'>;
export interface FieldMeta {
	description: string;
	vigie: FieldRole;
}
type FieldOptions = Omit<FieldRole, 'type'> & {
	/** NOT NULL in the canonical table: every stored row has a value (given or derived). */
	notNull?: boolean;
};

/** The codes of a list, in the order the importer tries them. */
export const codeList = (list: CodeListName): [string, ...string[]] =>
	CODE_RULES[list].map(([code]) => code) as [string, ...string[]];

const COUNTRY_CODES = COUNTRIES.map((c) => c.iso3) as [string, ...string[]];

/** The stored value of each parse type, as a canonical row holds it (dates as ISO text). */
function storedValue(type: FieldType, codes?: CodeListName): z.ZodMiniType {
	switch (type) {
		case 'text':
			return z.string().check(z.minLength(1));
		case 'year':
			// the importer's impossible_year bounds (check/sql-cells.ts, yearValue)
			return z.int().check(z.minimum(1960), z.maximum(2100));
		case 'amount':
			return z.number().check(z.minimum(0));
		case 'count':
			return z.int().check(z.minimum(0));
		case 'date':
			return z.iso.date();
		case 'country':
			return z.enum(COUNTRY_CODES);
		case 'currency':
			return z.string().check(z.regex(/^[A-Z]{3}$/));
		case 'code':
			return z.enum(codeList(codes!));
		case 'flag':
			return z.boolean();
	}
}

function field(type: FieldType, description: string, options: FieldOptions = {}) {
	const { notNull, ...role } = options;
	const value = storedValue(type, role.codes);
	const meta: FieldMeta = { description, vigie: { type, ...role } };
	return (notNull ? value : z.nullable(value)).register(z.globalRegistry, { ...meta });
}

const country = (who: string) =>
	field(
		'country',
		`Country of the ${who}, ISO 3166-1 alpha-3 code, from the file or the country given for a file without a country column; empty when neither says.`
	);

export const CANONICAL_FIELDS = {
	budget: z.object({
		country: country('budget'),
		year: field('year', 'Fiscal year of the budget line.', { required: true, notNull: true }),
		institution: field(
			'text',
			'Ministry or institution that holds the appropriation, as written in the file.',
			{ required: true, notNull: true }
		),
		sector: field(
			'code',
			'defence, security or other; inferred from the institution when the file has no sector column, else other.',
			{ codes: 'sector', signature: true, notNull: true }
		),
		category: field(
			'code',
			'Economic category of the spending; other when the file does not say.',
			{ codes: 'category', signature: true, notNull: true }
		),
		programme: field('text', 'Programme or action, as written.', { signature: true }),
		line_label: field('text', 'Label of the budget line, as written.'),
		approved: field(
			'amount',
			'Amount voted in the initial finance law, in currency units (a header « en millions » is scaled).',
			{ signature: true }
		),
		revised: field('amount', 'Amount after the supplementary finance law, in currency units.', {
			signature: true
		}),
		executed: field(
			'amount',
			'Amount executed (settlement law or execution report), in currency units.',
			{ signature: true }
		),
		currency: field(
			'currency',
			'ISO 4217 code of the amounts: from a column, the header, an amount cell or the country.',
			{ notNull: true }
		),
		classified: field(
			'flag',
			'true for secret or special funds; empty when the file does not say.',
			{ signature: true }
		)
	}),
	contracts: z.object({
		country: country('buyer'),
		buyer: field('text', 'Contracting authority (OCDS buyer); required on award rows.', {
			required: true,
			awardsOnly: true
		}),
		reference: field('text', 'Reference of the contract or procedure, as written.', {
			signature: true
		}),
		title: field('text', 'Object of the contract (OCDS tender/title).'),
		method: field(
			'code',
			'Procurement method (OCDS procurementMethod); empty when the file does not state it.',
			{ codes: 'method', signature: true }
		),
		derogation: field(
			'flag',
			'true when awarded under the derogatory defence-secret regime (from a column, the method or its details).',
			{ signature: true }
		),
		supplier: field('text', 'Supplier the contract was awarded to.', { signature: true }),
		amount: field(
			'amount',
			'Awarded value in currency units; required on award rows, empty only on a process with no award.',
			{ required: true, awardsOnly: true }
		),
		currency: field('currency', 'ISO 4217 code of the amount; empty only where there is none.'),
		award_date: field('date', 'Date of the award.', { signature: true }),
		tenderers: field('count', 'Number of bids received.', { signature: true }),
		tender_period_days: field(
			'count',
			'Whole days of the submission period; from tender_start and tender_end when not given.',
			{ signature: true }
		),
		amendments: field('count', 'Number of amendments.', { signature: true }),
		amended_amount: field('amount', 'Value after amendments, when given.', { signature: true }),
		ocid: field('text', 'OCDS contracting process id; several award rows may share one.', {
			signature: true
		}),
		stage: field(
			'code',
			'How far the process went: award (a plain contracts list), tender or planning.',
			{ codes: 'stage', notNull: true }
		),
		method_details: field(
			'text',
			'OCDS procurementMethodDetails as written (« Marché spécial »…).',
			{ signature: true }
		),
		tender_status: field('code', 'OCDS tender status.', { codes: 'tender_status' }),
		tender_start: field('date', 'Start of the submission period (OCDS tender/tenderPeriod).', {
			signature: true
		}),
		tender_end: field('date', 'End of the submission period (OCDS tender/tenderPeriod).', {
			signature: true
		})
	}),
	oversight: z.object({
		country: country('document'),
		year_covered: field('year', 'Fiscal year the document or act covers.', {
			required: true,
			notNull: true
		}),
		body: field('code', 'Body that issued or adopted the document.', {
			codes: 'body',
			required: true,
			signature: true,
			notNull: true
		}),
		document: field('code', 'Kind of document or act.', {
			codes: 'document',
			required: true,
			signature: true,
			notNull: true
		}),
		date_published: field('date', 'Date the document was published.', { signature: true }),
		amount_covered: field('amount', 'Amount the document covers, in currency units.'),
		currency: field('currency', 'ISO 4217 code of amount_covered.')
	})
} satisfies Record<DataKind, z.ZodMiniObject>;

/** The row's line in the file as read (header = row 1): every figure traces back to it. */
export const SOURCE_ROW = z.int().check(z.minimum(1)).register(z.globalRegistry, {
	description:
		'Row of the record in the file it was imported from (header = row 1; for a workbook or an OCDS file, in its CSV form).'
});

/** A field's description and importer role, from its `.meta()`. */
export function fieldMeta(schema: z.ZodMiniType): FieldMeta {
	const meta = z.globalRegistry.get(schema) as FieldMeta | undefined;
	if (!meta?.vigie) throw new Error('canonical field without its meta');
	return meta;
}
