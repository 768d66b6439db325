-- execution-rate. Input: budget_lines (all sectors: the file is the scope).
-- Output: per country and year, for the whole file (no group), each institution and each
-- economic category, and for each basis (measure 'approved' = initial law, 'revised' =
-- supplementary law): value = Σ executed ÷ Σ basis, coverage = lines with both figures.
WITH per_basis AS (
	SELECT 'approved' AS measure, country, year, institution, category, approved AS basis, executed
	FROM budget_lines
	UNION ALL
	SELECT 'revised', country, year, institution, category, revised, executed
	FROM budget_lines
),
usable AS (
	-- a line without an executed figure is unknown, not zero: it leaves both sums
	SELECT *, basis IS NOT NULL AND executed IS NOT NULL AS is_known FROM per_basis
)
SELECT
	measure,
	country,
	year,
	CASE WHEN GROUPING(institution) = 0 THEN 'institution'
		WHEN GROUPING(category) = 0 THEN 'category' END AS group_by,
	coalesce(institution, category) AS group_name,
	-- NULLIF: a zero basis gives no rate (NULL), not a division error or infinity
	sum(executed) FILTER (WHERE is_known) / NULLIF(sum(basis) FILTER (WHERE is_known), 0) AS value,
	count(*) FILTER (WHERE is_known) AS coverage_n,
	count(*) AS coverage_total
FROM usable
GROUP BY GROUPING SETS (
	(measure, country, year),
	(measure, country, year, institution),
	(measure, country, year, category)
)
