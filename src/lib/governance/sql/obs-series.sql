-- Open Budget Survey scores over time, as the Data360 file gives them (IBP's rounded page values,
-- kept for checking, are left out: their edition is 'OBS <year> (IBP … page)').
-- Inputs: table governance_scores; params: ?1 indicators, comma-separated ('transparency,
-- participation,legislative_oversight,audit_oversight,oversight'); ?2 countries ('' = all).
-- Output: country, year, indicator, value (0–100), score (the file's exact text), note,
-- source_title, source_url, publisher. Mauritania has no row: it is not surveyed.
WITH params AS (SELECT string_split(?::VARCHAR, ',') AS indicators, ?::VARCHAR AS countries)
SELECT s.country, s.year, s.indicator, s.value, s.score, coalesce(s.note, '') AS note,
	s.source_title, s.source_url, s.publisher
FROM governance_scores s, params p
WHERE s.source = 'obs' AND s.edition = 'OBS ' || s.year
	AND list_contains(p.indicators, s.indicator)
	AND (p.countries = '' OR list_contains(string_split(p.countries, ','), s.country))
ORDER BY s.country, s.year, list_position(p.indicators, s.indicator)
