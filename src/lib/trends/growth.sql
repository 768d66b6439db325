-- Growth of military spending at constant prices between two years, per G5 country and for
-- the five together.
-- Inputs: table milex; params: ?1 series id (a constant-price series), ?2 from year, ?3 to year.
-- Output: country (ISO3, or 'G5'), v_from, v_to (same unit as the series), growth (a fraction:
-- 0.5 = +50 %), cagr (compound annual growth rate).
-- A country with no figure in either year has growth NULL. The G5 figure is the growth of the
-- sum of the five, computed only when all five have both figures: a sum over fewer countries
-- would mix different groups of countries in the two years.
WITH params AS (SELECT ?::VARCHAR AS series, ?::INTEGER AS y0, ?::INTEGER AS y1),
ends AS (
	SELECT c.country,
		(SELECT value FROM milex m WHERE m.series = p.series AND m.country = c.country AND m.year = p.y0) AS v_from,
		(SELECT value FROM milex m WHERE m.series = p.series AND m.country = c.country AND m.year = p.y1) AS v_to
	FROM (VALUES ('BFA'), ('MLI'), ('MRT'), ('NER'), ('TCD')) AS c(country), params p
),
together AS (
	SELECT 'G5' AS country,
		CASE WHEN count(v_from) = 5 AND count(v_to) = 5 THEN sum(v_from) END AS v_from,
		CASE WHEN count(v_from) = 5 AND count(v_to) = 5 THEN sum(v_to) END AS v_to
	FROM ends
)
SELECT country, v_from, v_to,
	CASE WHEN v_from > 0 THEN v_to / v_from - 1 END AS growth,
	CASE WHEN v_from > 0 AND p.y1 > p.y0 THEN pow(v_to / v_from, 1.0 / (p.y1 - p.y0)) - 1 END AS cagr
FROM (SELECT * FROM ends UNION ALL SELECT * FROM together) AS t, params p
ORDER BY country = 'G5', country
