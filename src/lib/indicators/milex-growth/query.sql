-- milex-growth. Input: milex (SIPRI, series usd_constant_2023 = constant 2023 US$, so growth
-- is real); parameters 1 = from year (default 2014), 2 = to year (default 2024).
-- Output, per country and for 'G5' (sum of the five countries, only in years where all five
-- have a value):
--   measure 'real_growth': value_y ÷ value_(y−1) − 1 (NULL when the previous year is missing);
--   measure 'cagr': (value_to ÷ value_from)^(1 ÷ (to − from)) − 1, year = to, from_year = from.
WITH params AS (SELECT CAST(? AS INTEGER) AS from_year, CAST(? AS INTEGER) AS to_year),
constant AS (
	SELECT country, year, max(value) AS value
	FROM milex WHERE series = 'usd_constant_2023' GROUP BY country, year
),
g5 AS (
	SELECT 'G5' AS country, year, CASE WHEN count(value) = 5 THEN sum(value) END AS value
	FROM constant
	WHERE country IN ('BFA', 'MLI', 'MRT', 'NER', 'TCD')
	GROUP BY year
),
levels AS (SELECT * FROM constant UNION ALL SELECT * FROM g5)
SELECT 'real_growth' AS measure, cur.country, cur.year,
	-- NULLIF: growth from zero is undefined
	cur.value / NULLIF(prev.value, 0) - 1 AS value, NULL::INTEGER AS from_year
FROM levels cur
LEFT JOIN levels prev ON prev.country = cur.country AND prev.year = cur.year - 1
UNION ALL
SELECT 'cagr', b.country, b.year,
	pow(b.value / NULLIF(a.value, 0), 1.0 / (b.year - a.year)) - 1, a.year
FROM params p
JOIN levels a ON a.year = p.from_year
JOIN levels b ON b.country = a.country AND b.year = p.to_year
WHERE p.to_year > p.from_year
