/**
 * The check of canonical rows against their one definition (`canonical-fields.ts`): each field's
 * stored type and code list, plus the rules that span fields (a budget line has an amount; an
 * award has a buyer, an amount and a currency; a submission period does not end before it
 * starts). The importer guarantees all of it, so a row that fails here is a bug in Vigie, not in
 * the user's file: `vigie check` and `vigie publish` say so.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';
import { CANONICAL_FIELDS, fieldMeta, SOURCE_ROW } from './canonical-fields.ts';
import { BUDGET_STAGES, KIND_TABLES, type DataKind } from './kinds.ts';

type Row = Record<string, unknown>;
const missing = (row: Row, name: string) => row[name] === null || row[name] === undefined;

// Node only (check, publish): zod/mini carries no messages until a locale is set.
z.config(en());

type Ctx = Parameters<Parameters<typeof z.superRefine>[0]>[1];
const CROSS_FIELD: Record<DataKind, (row: Row, ctx: Ctx) => void> = {
	budget: (row, ctx) => {
		if (BUDGET_STAGES.every((s) => missing(row, s)))
			ctx.addIssue({ code: 'custom', path: ['approved'], message: 'no amount at any stage' });
	},
	contracts: (row, ctx) => {
		if (row.stage === 'award')
			for (const name of ['buyer', 'amount', 'currency'])
				if (missing(row, name))
					ctx.addIssue({ code: 'custom', path: [name], message: 'required on an award row' });
		const [start, end] = [row.tender_start, row.tender_end];
		if (typeof start === 'string' && typeof end === 'string' && end < start)
			ctx.addIssue({ code: 'custom', path: ['tender_end'], message: 'before tender_start' });
	},
	oversight: () => {}
};

/** One stored row of `kind` (without `dataset_id`): `source_row` then the canonical fields. */
export function canonicalRowSchema(kind: DataKind) {
	return z
		.object({ source_row: SOURCE_ROW, ...CANONICAL_FIELDS[kind].shape })
		.check(z.superRefine((row, ctx) => CROSS_FIELD[kind](row, ctx)));
}

/** A canonical row the definition refuses: where, and what is wrong, field by field. */
export interface SchemaFailure {
	sourceRow: unknown;
	issues: string[];
}

/**
 * Every row of one dataset read back from its canonical table (dates as ISO text, as the
 * definition stores them) and checked against the definition. Returns the failures (none = all
 * rows conform) and the number of rows checked.
 */
export async function checkCanonicalRows(
	engine: Engine,
	kind: DataKind,
	datasetId: string
): Promise<{ rows: number; failures: SchemaFailure[] }> {
	const schema = canonicalRowSchema(kind);
	const columns = Object.entries(CANONICAL_FIELDS[kind].shape).map(([name, s]) => {
		const ident = quoteIdent(name);
		return fieldMeta(s).vigie.type === 'date'
			? `strftime(${ident}, '%Y-%m-%d') AS ${ident}`
			: ident;
	});
	const rows = await engine.query<Row>(
		`SELECT source_row, ${columns.join(', ')} FROM ${quoteIdent(KIND_TABLES[kind])}
		 WHERE dataset_id = ? ORDER BY source_row`,
		[datasetId]
	);
	const failures: SchemaFailure[] = [];
	for (const row of rows) {
		const result = schema.safeParse(row);
		if (result.success) continue;
		const issues = result.error.issues.map(
			(i) => `${i.path.join('.')} = ${JSON.stringify(row[String(i.path[0])])}: ${i.message}`
		);
		failures.push({ sourceRow: row.source_row, issues });
	}
	return { rows: rows.length, failures };
}
