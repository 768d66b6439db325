-- Key SIPRI figures for one country's profile: for each series, the latest year with a value and
-- that value, and the country's share of the G5 total at constant prices in that year.
-- Inputs: table milex; params: ?1 country ISO3.
-- Output: series, year, value, g5_total (constant-price series only; NULL unless all five have a
-- figure that year, so a share is never taken of a partial total).
WITH latest AS (
	SELECT series, max(year) AS year
	FROM milex
	WHERE country = ? AND value IS NOT NULL
	GROUP BY series
),
g5 AS (
	SELECT year, CASE WHEN count(value) = 5 THEN sum(value) END AS total
	FROM milex
	WHERE series = 'usd_constant_2023' AND country IN ('BFA', 'MLI', 'MRT', 'NER', 'TCD')
	GROUP BY year
)
SELECT l.series, l.year, m.value,
	CASE WHEN l.series = 'usd_constant_2023' THEN g5.total END AS g5_total
FROM latest l
JOIN milex m ON m.series = l.series AND m.year = l.year AND m.country = ?
LEFT JOIN g5 ON g5.year = l.year
ORDER BY l.series
