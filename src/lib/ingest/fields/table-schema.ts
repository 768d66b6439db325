/**
 * The Frictionless Table Schema of a canonical CSV (`source_row` then the canonical fields), made
 * from the one zod definition through its JSON Schema (`z.toJSONSchema`): field types in Table
 * Schema's vocabulary, code lists as `enum` constraints, NOT NULL columns as `required`, bounds
 * and patterns as constraints, descriptions from the definition, titles in the reader's language.
 * https://specs.frictionlessdata.io/table-schema/
 */
import * as z from 'zod/mini';
import { translate, type Locale, type MessageKey } from '../../i18n/index.ts';
import { CANONICAL_FIELDS, SOURCE_ROW } from './canonical-fields.ts';
import type { DataKind } from './field-specs.ts';

export type TableSchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

export interface TableSchemaField {
	name: string;
	title: string;
	description: string;
	type: TableSchemaType;
	format?: 'default';
	constraints?: {
		required?: boolean;
		enum?: string[];
		minimum?: number;
		maximum?: number;
		pattern?: string;
	};
}

export interface TableSchema {
	fields: TableSchemaField[];
	missingValues: string[];
	primaryKey?: string[];
}

type JsonProperty = {
	type?: string | string[];
	format?: string;
	enum?: string[];
	minimum?: number;
	maximum?: number;
	pattern?: string;
	description?: string;
	anyOf?: JsonProperty[];
};

/** The value's own schema and whether null is allowed (zod writes either form for `nullable`). */
function unwrapNull(p: JsonProperty): { value: JsonProperty; isNullable: boolean } {
	if (p.anyOf) {
		const value = p.anyOf.find((a) => a.type !== 'null') ?? {};
		return { value, isNullable: p.anyOf.some((a) => a.type === 'null') };
	}
	if (Array.isArray(p.type)) {
		const type = p.type.filter((t) => t !== 'null');
		return { value: { ...p, type: type[0] }, isNullable: type.length < p.type.length };
	}
	return { value: p, isNullable: false };
}

function tableType(value: JsonProperty): TableSchemaType {
	if (value.type === 'string' && value.format === 'date') return 'date';
	if (value.type === 'integer' || value.type === 'number' || value.type === 'boolean')
		return value.type;
	if (value.type === 'string') return 'string';
	throw new Error(`no Table Schema type for JSON Schema type ${String(value.type)}`);
}

function constraints(value: JsonProperty, type: TableSchemaType, isRequired: boolean) {
	const c: NonNullable<TableSchemaField['constraints']> = {};
	if (isRequired) c.required = true;
	if (value.enum) c.enum = [...value.enum];
	if (value.minimum !== undefined) c.minimum = value.minimum;
	// zod's integers carry JavaScript's safe bound: no bound of the data's own
	if (value.maximum !== undefined && value.maximum < Number.MAX_SAFE_INTEGER)
		c.maximum = value.maximum;
	// a date's type says it all (ISO 8601); zod's calendar regex would only repeat it
	if (value.pattern && type === 'string') c.pattern = value.pattern;
	return Object.keys(c).length ? c : undefined;
}

const title = (name: string, locale: Locale) =>
	translate(
		locale,
		(name === 'source_row' ? 'publication_field_source_row' : `import_field_${name}`) as MessageKey
	);

/** The Table Schema of `kind`'s canonical CSV, titles in `locale`. */
export function tableSchema(kind: DataKind, locale: Locale): TableSchema {
	const row = z.object({ source_row: SOURCE_ROW, ...CANONICAL_FIELDS[kind].shape });
	const json = z.toJSONSchema(row) as { properties: Record<string, JsonProperty> };
	const fields = Object.entries(json.properties).map(([name, property]): TableSchemaField => {
		const { value, isNullable } = unwrapNull(property);
		const type = tableType(value);
		const field: TableSchemaField = {
			name,
			title: title(name, locale),
			description: property.description ?? value.description ?? '',
			type,
			...(type === 'date' && { format: 'default' as const })
		};
		const c = constraints(value, type, !isNullable);
		return c ? { ...field, constraints: c } : field;
	});
	return { fields, missingValues: [''], primaryKey: ['source_row'] };
}
