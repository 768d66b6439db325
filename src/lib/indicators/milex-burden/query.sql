-- milex-burden. Input: milex (SIPRI default data, tidy: country, year, series, value).
-- Output: per country and year, measure 'share_gdp' | 'share_gov' (fractions) and
-- 'per_capita_usd' (current US$), as published by SIPRI; plus country 'G5' (Burkina Faso,
-- Mali, Mauritania, Niger, Chad) where each denominator is rebuilt from SIPRI's own series
-- (GDP = milex ÷ share of GDP, government spending = milex ÷ share, population = milex ÷
-- per capita) so that G5 = Σ milex ÷ Σ denominator, a weighted figure, not an average of
-- shares. A G5 value needs all five countries; coverage = countries with both figures / 5.
WITH measures(measure) AS (VALUES ('share_gdp'), ('share_gov'), ('per_capita_usd')),
wide AS (
	SELECT country, year,
		max(value) FILTER (WHERE series = 'usd_current') AS usd_current,
		max(value) FILTER (WHERE series = 'share_gdp') AS share_gdp,
		max(value) FILTER (WHERE series = 'share_gov') AS share_gov,
		max(value) FILTER (WHERE series = 'per_capita_usd') AS per_capita_usd
	FROM milex
	WHERE country IN ('BFA', 'MLI', 'MRT', 'NER', 'TCD')
	GROUP BY country, year
),
g5_parts AS (
	SELECT m.measure, w.year, w.usd_current AS milex,
		-- NULLIF: a zero share cannot rebuild a denominator
		w.usd_current / NULLIF(CASE m.measure WHEN 'share_gdp' THEN w.share_gdp
			WHEN 'share_gov' THEN w.share_gov ELSE w.per_capita_usd END, 0) AS denominator
	FROM wide w CROSS JOIN measures m
	-- a G5 row only for years where some country publishes that series
	WHERE EXISTS (SELECT 1 FROM milex x WHERE x.country = w.country AND x.year = w.year
			AND x.series = m.measure)
)
SELECT series AS measure, country, year, value,
	NULL::INTEGER AS coverage_n, NULL::INTEGER AS coverage_total
FROM milex
WHERE series IN ('share_gdp', 'share_gov', 'per_capita_usd')
UNION ALL
SELECT measure, 'G5', year,
	CASE WHEN count(denominator) = 5
		THEN sum(milex) FILTER (WHERE denominator IS NOT NULL) / sum(denominator) END,
	count(denominator), 5
FROM g5_parts
GROUP BY measure, year
