import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { translate, type MessageKey, type Params } from '$lib/i18n/index.ts';
import { DATA_KINDS } from '$lib/ingest/fields/field-specs.ts';
import { tableSchema } from '$lib/ingest/fields/table-schema.ts';
import ExpectedColumns from './ExpectedColumns.svelte';

const t = (key: MessageKey, params?: Params) => translate('fr', key, params);

/** The `<code>` names the page lists under one kind, in order, and the names it sets in bold. */
function listed(html: string, kind: string) {
	const list = new RegExp(`<ul[^>]*data-kind="${kind}"[^>]*>([\\s\\S]*?)</ul>`).exec(html)![1]!;
	const items = [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
	return {
		names: items.map((li) => /data-field="([^"]+)"/.exec(li)![1]!),
		bold: items
			.filter((li) => li.includes('<strong>'))
			.map((li) => /data-field="([^"]+)"/.exec(li)![1]!)
	};
}

describe('the import page lists the canonical fields of the one definition', () => {
	const { body } = render(ExpectedColumns, { props: { t } });
	for (const kind of DATA_KINDS)
		test(`${kind}: the page's columns are the published Table Schema's, source_row aside`, () => {
			const schema = tableSchema(kind, 'fr').fields.map((f) => f.name);
			expect(listed(body, kind).names).toEqual(schema.filter((n) => n !== 'source_row'));
		});

	test('required columns are in bold: a budget needs a year and an institution', () => {
		expect(listed(body, 'budget').bold).toEqual(['year', 'institution']);
		expect(listed(body, 'contracts').bold).toEqual(['buyer', 'amount']);
		expect(listed(body, 'oversight').bold).toEqual(['year_covered', 'body', 'document']);
		expect(body).toContain('codes : defence, security, other');
	});
});
