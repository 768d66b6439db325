/**
 * Checks a Data Package descriptor against the rules of the Frictionless specifications that can
 * be checked without the network (Data Package, Data Resource, Tabular Data Resource, Table
 * Schema, CSV Dialect, v1: https://specs.frictionlessdata.io/): required properties, names,
 * relative paths, sizes and hashes, field types in Table Schema's vocabulary, constraints of the
 * right shape, primary keys naming fields. Returns every breach as `where: what`, none when
 * valid. `vigie publish` refuses to publish a package that breaks one.
 */
const NAME = /^[a-z0-9._-]+$/;
const MEDIATYPE = /^[\w.+-]+\/[\w.+-]+$/;
const HASH =
	/^(?:md5:)?[0-9a-f]{32}$|^sha1:[0-9a-f]{40}$|^sha256:[0-9a-f]{64}$|^sha512:[0-9a-f]{128}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** Table Schema's field types (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export const FIELD_TYPES = [
	'string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime',
	'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'
]; // prettier-ignore
const ROLES = ['publisher', 'author', 'maintainer', 'wrangler', 'contributor'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A path inside the package's folder: POSIX, relative, never climbing out. */
const isSafePath = (p: unknown) =>
	isText(p) && !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\\');

function checkList(value: unknown, where: string, each: (v: Obj, at: string) => string[]) {
	if (value === undefined) return [];
	if (!Array.isArray(value)) return [`${where}: must be an array`];
	return value.flatMap((v, i) =>
		isObj(v) ? each(v, `${where}[${i}]`) : [`${where}[${i}]: must be an object`]
	);
}

function checkField(f: Obj, at: string): string[] {
	const out: string[] = [];
	if (!isText(f.name)) out.push(`${at}.name: required`);
	if (f.type !== undefined && !FIELD_TYPES.includes(f.type as string))
		out.push(`${at}.type: "${String(f.type)}" is not a Table Schema type`);
	const c = f.constraints;
	if (c === undefined) return out;
	if (!isObj(c)) return [...out, `${at}.constraints: must be an object`];
	for (const key of ['required', 'unique'])
		if (c[key] !== undefined && typeof c[key] !== 'boolean')
			out.push(`${at}.constraints.${key}: boolean`);
	if (c.enum !== undefined && (!Array.isArray(c.enum) || c.enum.length === 0))
		out.push(`${at}.constraints.enum: a non-empty array`);
	for (const key of ['minimum', 'maximum'])
		if (c[key] !== undefined && typeof c[key] !== 'number' && typeof c[key] !== 'string')
			out.push(`${at}.constraints.${key}: a value of the field's type`);
	if (c.pattern !== undefined) {
		try {
			new RegExp(String(c.pattern), 'u');
		} catch {
			out.push(`${at}.constraints.pattern: not a regular expression`);
		}
	}
	return out;
}

function checkSchema(schema: unknown, at: string): string[] {
	if (!isObj(schema)) return [`${at}: a tabular resource needs a schema`];
	if (!Array.isArray(schema.fields) || schema.fields.length === 0)
		return [`${at}.fields: required`];
	const out = checkList(schema.fields, `${at}.fields`, checkField);
	const names = schema.fields.map((f) => (isObj(f) ? f.name : undefined));
	if (new Set(names).size !== names.length) out.push(`${at}.fields: names must be unique`);
	const key = schema.primaryKey === undefined ? [] : [schema.primaryKey].flat();
	for (const k of key)
		if (!names.includes(k)) out.push(`${at}.primaryKey: no field "${String(k)}"`);
	if (
		schema.missingValues !== undefined &&
		![schema.missingValues].flat().every((v) => typeof v === 'string')
	)
		out.push(`${at}.missingValues: strings`);
	return out;
}

function checkResource(r: Obj, at: string): string[] {
	const out: string[] = [];
	if (!isText(r.name) || !NAME.test(r.name))
		out.push(`${at}.name: lower case [a-z0-9._-], required`);
	if (!isSafePath(r.path)) out.push(`${at}.path: a relative path inside the package, required`);
	for (const key of ['format', 'encoding', 'title'])
		if (r[key] !== undefined && !isText(r[key])) out.push(`${at}.${key}: text`);
	if (r.mediatype !== undefined && !MEDIATYPE.test(String(r.mediatype)))
		out.push(`${at}.mediatype: type/subtype`);
	if (r.bytes !== undefined && !(Number.isInteger(r.bytes) && (r.bytes as number) >= 0))
		out.push(`${at}.bytes: a whole number of bytes`);
	if (r.hash !== undefined && !HASH.test(String(r.hash)))
		out.push(`${at}.hash: [algorithm:]hex digest`);
	if (r.profile === 'tabular-data-resource') out.push(...checkSchema(r.schema, `${at}.schema`));
	const d = r.dialect;
	if (d !== undefined && isObj(d)) {
		for (const key of ['delimiter', 'commentChar', 'quoteChar'])
			if (d[key] !== undefined && (typeof d[key] !== 'string' || (d[key] as string).length !== 1))
				out.push(`${at}.dialect.${key}: one character`);
		for (const key of ['header', 'doubleQuote'])
			if (d[key] !== undefined && typeof d[key] !== 'boolean')
				out.push(`${at}.dialect.${key}: boolean`);
	}
	return [
		...out,
		...checkList(r.sources, `${at}.sources`, (s, a) =>
			isText(s.title) ? [] : [`${a}.title: required`]
		)
	];
}

export function validateDataPackage(descriptor: unknown): string[] {
	if (!isObj(descriptor)) return ['descriptor: must be a JSON object'];
	const out: string[] = [];
	const { resources } = descriptor;
	if (!Array.isArray(resources) || resources.length === 0)
		out.push('resources: at least one, required');
	else {
		out.push(...checkList(resources, 'resources', checkResource));
		const names = resources.map((r) => (isObj(r) ? r.name : undefined));
		if (new Set(names).size !== names.length) out.push('resources: names must be unique');
	}
	if (descriptor.name !== undefined && !(isText(descriptor.name) && NAME.test(descriptor.name)))
		out.push('name: lower case [a-z0-9._-]');
	if (descriptor.created !== undefined && !RFC3339.test(String(descriptor.created)))
		out.push('created: an RFC 3339 date-time');
	out.push(
		...checkList(descriptor.licenses, 'licenses', (l, a) =>
			isText(l.name) || isText(l.path) ? [] : [`${a}: a name or a path`]
		),
		...checkList(descriptor.sources, 'sources', (s, a) =>
			isText(s.title) ? [] : [`${a}.title: required`]
		),
		...checkList(descriptor.contributors, 'contributors', (c, a) => [
			...(isText(c.title) ? [] : [`${a}.title: required`]),
			...(c.role === undefined || ROLES.includes(c.role as string)
				? []
				: [`${a}.role: ${ROLES.join('|')}`])
		])
	);
	return out;
}
