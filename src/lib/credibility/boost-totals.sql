-- credibility BOOST totals. Input: boost (load-boost.ts), factors (factors.sql).
-- Output: per country, currency of the basis and year, the whole-government approved and
-- executed totals (the source's total line only: its sector lines are parts of it, not
-- additions) and rate = executed ÷ approved. First parameter: 'local' | 'usd'; the filter
-- clause (country and years only) and its parameters follow.
SELECT country, basis_currency AS currency, year,
	sum(approved * k) AS approved,
	sum(executed * k) AS executed,
	sum(executed * k) / NULLIF(sum(approved * k), 0) AS rate,
	-- false: no SIPRI factor for this country-year, so no constant-US$ figure (the view names it)
	bool_and(k IS NOT NULL) AS converted,
	min(source_row)::INTEGER AS source_row
FROM (
	SELECT b.*, CASE WHEN ? = 'usd' THEN f.factor ELSE 1.0 END AS k,
		CASE WHEN ? = 'usd' THEN 'USD' ELSE b.currency END AS basis_currency
	FROM boost b
	LEFT JOIN factors f ON f.country = b.country AND f.year = b.year AND f.currency = b.currency
	/* filters */
)
WHERE is_total
GROUP BY ALL
ORDER BY country, currency, year
