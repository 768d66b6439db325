import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import { ALL_TABLES_DDL } from '../../db/tables.ts';
import { DATA_KINDS, FIELD_SPECS, KIND_TABLES } from './field-specs.ts';
import { tableSchema } from './table-schema.ts';

type Column = { name: string; type: string; nullable: string };
let engine: Engine;
const ddl: Record<string, Column[]> = {};
beforeAll(async () => {
	engine = await openNodeEngine();
	for (const statement of ALL_TABLES_DDL) await engine.exec(statement);
	for (const kind of DATA_KINDS)
		ddl[kind] = await engine.query<Column>(
			`SELECT column_name AS name, data_type AS type, is_nullable AS nullable
			 FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`,
			[KIND_TABLES[kind]]
		);
});
afterAll(() => engine.close());

// Table Schema's type for each DuckDB type of the DDL (https://specs.frictionlessdata.io/table-schema/#types-and-formats)
const TYPES: Record<string, string> = {
	VARCHAR: 'string',
	INTEGER: 'integer',
	DOUBLE: 'number',
	DATE: 'date',
	BOOLEAN: 'boolean'
};

describe('the Table Schema, the importer and the DDL come from one definition', () => {
	for (const kind of DATA_KINDS)
		test(`${kind}: same columns in the same order, types and NOT NULL as the DDL`, () => {
			const stored = ddl[kind]!.filter((c) => c.name !== 'dataset_id');
			const schema = tableSchema(kind, 'en');
			expect(schema.fields.map((f) => f.name)).toEqual(stored.map((c) => c.name));
			expect(schema.fields.map((f) => f.type)).toEqual(stored.map((c) => TYPES[c.type]));
			const required = schema.fields.filter((f) => f.constraints?.required).map((f) => f.name);
			expect(required).toEqual(stored.filter((c) => c.nullable === 'NO').map((c) => c.name));
			// the importer's fields: the same minus source_row, which it writes itself
			expect(FIELD_SPECS[kind].map((f) => f.name)).toEqual(stored.slice(1).map((c) => c.name));
		});

	test('code lists become enum constraints, in the importer’s codes', () => {
		const budget = tableSchema('budget', 'fr').fields;
		expect(budget.find((f) => f.name === 'sector')).toMatchObject({
			type: 'string',
			title: 'secteur',
			constraints: { required: true, enum: ['defence', 'security', 'other'] }
		});
		const contracts = tableSchema('contracts', 'en').fields;
		expect(contracts.find((f) => f.name === 'method')).toEqual({
			name: 'method',
			title: 'procurement method',
			description:
				'Procurement method (OCDS procurementMethod); empty when the file does not state it.',
			type: 'string',
			constraints: { enum: ['direct', 'selective', 'limited', 'open'] }
		});
		expect(contracts.find((f) => f.name === 'award_date')).toMatchObject({
			type: 'date',
			format: 'default'
		});
		expect(contracts.find((f) => f.name === 'award_date')!.constraints).toBeUndefined();
		expect(contracts.find((f) => f.name === 'currency')!.constraints).toEqual({
			pattern: '^[A-Z]{3}$'
		});
		expect(contracts.find((f) => f.name === 'tenderers')!.constraints).toEqual({ minimum: 0 });
	});

	test('every field has a title and a description', () => {
		for (const kind of DATA_KINDS)
			for (const f of tableSchema(kind, 'fr').fields) {
				expect(f.title, `${kind}.${f.name}`).not.toMatch(/^(import|publication)_/);
				expect(f.description.length, `${kind}.${f.name}`).toBeGreaterThan(10);
			}
	});
});
