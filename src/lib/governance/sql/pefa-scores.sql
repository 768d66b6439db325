-- PEFA 2016-framework scores of the G5 assessments, for chosen indicators or dimensions.
-- Inputs: table governance_scores; params: ?1 codes, comma-separated ('PI-1,PI-24.2'); ?2 countries,
-- comma-separated ('' = all five); ?3 as-of year (assessments after it are ignored; NULL = no
-- limit); ?4 latest only (TRUE: each country's latest assessment up to ?3; FALSE: every one).
-- Output: country, year, code (the dimension if any, else the indicator), indicator, dimension,
-- score (as published: 'B+', 'D*', 'NR'…), edition, note, source_title, source_url, publisher.
WITH params AS (
	SELECT string_split(?::VARCHAR, ',') AS codes, ?::VARCHAR AS countries,
		?::INTEGER AS as_of, ?::BOOLEAN AS latest_only
),
pefa AS (
	SELECT s.*, coalesce(s.dimension, s.indicator) AS code
	FROM governance_scores s, params p
	WHERE s.source = 'pefa'
		AND (p.as_of IS NULL OR s.year <= p.as_of)
		-- an empty country list means all five countries
		AND (p.countries = '' OR list_contains(string_split(p.countries, ','), s.country))
),
latest AS (SELECT country, max(year) AS year FROM pefa GROUP BY country)
SELECT s.country, s.year, s.code, s.indicator, coalesce(s.dimension, '') AS dimension, s.score,
	s.edition, coalesce(s.note, '') AS note, s.source_title, s.source_url, s.publisher
FROM pefa s JOIN latest l ON l.country = s.country, params p
WHERE list_contains(p.codes, s.code) AND (NOT p.latest_only OR s.year = l.year)
ORDER BY s.country, s.year, list_position(p.codes, s.code)
