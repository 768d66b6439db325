-- National defence and security budget figures, each with its source.
-- Inputs: table national_budgets; params: ?1 countries ('' = all), ?2 first year, ?3 last year,
-- ?4 scopes, comma-separated ('' = all), ?5 measure ('amount', 'share_of_state_budget' or '' = both).
-- A multi-year figure (a programming law, year → year_end) is kept when its span meets the range.
-- Output: every column of the table, year_end NULL for a single year, note '' when empty.
WITH params AS (
	SELECT ?::VARCHAR AS countries, ?::INTEGER AS y0, ?::INTEGER AS y1, ?::VARCHAR AS scopes,
		?::VARCHAR AS measure
)
SELECT b.country, b.year, b.year_end, b.stage, b.scope, b.measure, b.value, b.unit,
	b.as_published, b.source_title, b.source_url, b.publisher, coalesce(b.published, '') AS published,
	coalesce(b.note, '') AS note
FROM national_budgets b, params p
WHERE b.year <= p.y1 AND coalesce(b.year_end, b.year) >= p.y0
	AND (p.countries = '' OR list_contains(string_split(p.countries, ','), b.country))
	AND (p.scopes = '' OR list_contains(string_split(p.scopes, ','), b.scope))
	AND (p.measure = '' OR b.measure = p.measure)
ORDER BY b.country, b.year, b.scope, b.measure, b.stage, b.value
