-- Which of the eight key budget documents were public in each OBS round (2006–2015).
-- Inputs: table governance_scores; params: ?1 countries, comma-separated ('' = all).
-- Output: country, year, document, code (PW, HC, SC, IU, NP, PL as published), is_public
-- (TRUE for PW, HC and SC: published on the web, in hard copy or as a soft copy), source_url.
WITH params AS (SELECT ?::VARCHAR AS countries)
SELECT s.country, s.year, s.dimension AS document, s.score AS code,
	s.score IN ('PW', 'HC', 'SC') AS is_public, s.source_title, s.source_url
FROM governance_scores s, params p
WHERE s.source = 'obs' AND s.indicator = 'document_availability'
	AND (p.countries = '' OR list_contains(string_split(p.countries, ','), s.country))
ORDER BY s.country, s.year
