-- Transparency International's Government Defence Integrity Index values read on its pages.
-- Inputs: table governance_scores; params: ?1 countries, comma-separated ('' = all).
-- Output: country, edition ('GDI 2020', or 'GI 2015' for the previous index), year, indicator
-- ('overall', the five risk areas, 'Q1', 'Q2', 'Q26', 'Q27'), score (band 'E' or '42/100'),
-- value (0–100, NULL for a band alone), note, source_title, source_url, publisher.
WITH params AS (SELECT ?::VARCHAR AS countries)
SELECT s.country, s.edition, s.year, s.indicator, s.score, s.value, coalesce(s.note, '') AS note,
	s.source_title, s.source_url, s.publisher
FROM governance_scores s, params p
WHERE s.source = 'gdi'
	AND (p.countries = '' OR list_contains(string_split(p.countries, ','), s.country))
ORDER BY s.country, s.year DESC, s.indicator = 'overall' DESC
