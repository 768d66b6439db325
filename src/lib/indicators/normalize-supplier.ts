/**
 * Supplier names as written in procurement files vary: "ETS KONÉ & FILS S.A.R.L." and
 * "Ets Kone & Fils SARL" are one firm. Concentration and splitting indicators group by the
 * normalised name this SQL macro returns: lower case, accents stripped, punctuation turned
 * into spaces, legal-form words removed (SA, S.A., SARL, SUARL, SAS, Sàrl, Ltd, LLC, Inc,
 * ETS/Établissements), spaces collapsed. A name made only of legal forms keeps its letters.
 */

/** Legal forms removed as whole words, longest first so "s a r l" wins over "s a". */
const LEGAL_FORMS = [
	's u a r l',
	's a r l',
	's a s',
	's a',
	'suarl',
	'sarl',
	'sas',
	'sa',
	'ltd',
	'l l c',
	'llc',
	'inc',
	'ets',
	'etablissements',
	'etablissement'
];

/** Name of the macro, callable in any indicator query once `SUPPLIER_MACRO_SQL` ran. */
export const SUPPLIER_MACRO = 'vigie_normalize_supplier';

const PLAIN = `regexp_replace(strip_accents(lower(name)), '[^a-z0-9]+', ' ', 'g')`;
const WITHOUT_FORMS = `regexp_replace(${PLAIN}, '\\b(${LEGAL_FORMS.join('|')})\\b', ' ', 'g')`;

/** Creates the macro (idempotent); `runIndicators` runs it before any query. */
export const SUPPLIER_MACRO_SQL = `
CREATE OR REPLACE TEMP MACRO ${SUPPLIER_MACRO}(name) AS (
	CASE WHEN nullif(trim(${PLAIN}), '') IS NULL THEN NULL
	ELSE coalesce(
		nullif(trim(regexp_replace(${WITHOUT_FORMS}, '\\s+', ' ', 'g')), ''),
		trim(${PLAIN})
	) END
)`;
