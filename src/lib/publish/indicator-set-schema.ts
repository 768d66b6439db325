/**
 * The Table Schema of the published indicator set's CSV (`indicators/indicator-set-csv.ts`): one
 * row per result, the columns of `results-to-csv.ts`, after a `#` block of metadata (the
 * methodology version and the dataset fingerprint).
 */
import { RESULT_CSV_COLUMNS } from '../indicators/results-to-csv.ts';
import type { TableSchema, TableSchemaType } from '../ingest/fields/table-schema.ts';

const COLUMNS: Record<(typeof RESULT_CSV_COLUMNS)[number], [TableSchemaType, string]> = {
	id: ['string', 'Indicator id (see /methodologie/).'],
	country: ['string', 'ISO 3166-1 alpha-3 code, or a region code.'],
	year: ['integer', 'Year of the result (the last year of a two-year comparison).'],
	from_year: ['integer', 'First year of a two-year comparison.'],
	measure: ['string', 'Which measure of the indicator, when it has several.'],
	group_by: ['string', 'What the result is broken down by (buyer, institution…).'],
	group_name: ['string', 'The group’s name, as written in the data.'],
	value: ['number', 'The value, in the unit; empty when it cannot be computed.'],
	unit: ['string', 'Unit of the value (ratio, share, growth, count…).'],
	score: ['string', 'Band or letter score, when the indicator has bands.'],
	score_years: ['string', 'Years a multi-year score was decided on, space-separated.'],
	coverage_n: ['integer', 'Records the value could use.'],
	coverage_total: ['integer', 'Records in scope.']
};

export function indicatorSetSchema(): TableSchema {
	return {
		fields: RESULT_CSV_COLUMNS.map((name) => {
			const [type, description] = COLUMNS[name];
			const required = name === 'id' || name === 'country' || name === 'year' || name === 'unit';
			return {
				name,
				title: name,
				description,
				type,
				...(required && { constraints: { required: true } })
			};
		}),
		missingValues: ['']
	};
}
