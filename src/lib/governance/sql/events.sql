-- Dated events (coups, transitions, laws, audit reports…) in a period, each with its source.
-- Inputs: table governance_events; params: ?1 countries ('' = all), ?2 first date, ?3 last date
-- (ISO 'YYYY-MM-DD', both included: ISO text compares as dates), ?4 kinds ('' = all).
-- Output: every column of the table, note '' when empty, oldest first.
WITH params AS (
	SELECT ?::VARCHAR AS countries, ?::VARCHAR AS d0, ?::VARCHAR AS d1, ?::VARCHAR AS kinds
)
SELECT e.country, e.date, e.kind, e.title_fr, e.title_en, e.source_title, e.source_url,
	e.publisher, coalesce(e.published, '') AS published, coalesce(e.note, '') AS note
FROM governance_events e, params p
WHERE e.date BETWEEN p.d0 AND p.d1
	AND (p.countries = '' OR list_contains(string_split(p.countries, ','), e.country))
	AND (p.kinds = '' OR list_contains(string_split(p.kinds, ','), e.kind))
ORDER BY e.date, e.country
