-- pefa-pi2-composition-variance. Input: budget_lines (defence and security lines).
-- Output: per country, year and classification (measure 'institution' | 'category'):
--   adjusted_i = approved_i × Σ executed ÷ Σ approved
--   value      = Σ |executed_i − adjusted_i| ÷ Σ adjusted_i
-- over lines with both figures; coverage = those lines / all defence and security lines.
WITH scope AS (
	SELECT *, approved IS NOT NULL AND executed IS NOT NULL AS is_known
	FROM budget_lines
	-- scoped to the defence and security votes, like PI-1
	WHERE sector IN ('defence', 'security')
),
years AS (
	SELECT c.measure, s.country, s.year,
		count(*) FILTER (WHERE s.is_known) AS coverage_n, count(*) AS coverage_total
	FROM scope s CROSS JOIN (VALUES ('institution'), ('category')) AS c(measure)
	GROUP BY ALL
),
items AS (
	SELECT 'institution' AS measure, country, year, institution AS item,
		sum(approved) AS approved, sum(executed) AS executed
	FROM scope WHERE is_known GROUP BY ALL
	UNION ALL
	SELECT 'category', country, year, category, sum(approved), sum(executed)
	FROM scope WHERE is_known GROUP BY ALL
),
adjusted AS (
	SELECT measure, country, year, executed,
		-- NULLIF: a zero approved total leaves no adjusted budget (NULL), not infinity
		approved * sum(executed) OVER w / NULLIF(sum(approved) OVER w, 0) AS adjusted
	FROM items
	WINDOW w AS (PARTITION BY measure, country, year)
),
variance AS (
	SELECT measure, country, year,
		sum(abs(executed - adjusted)) / NULLIF(sum(adjusted), 0) AS value
	FROM adjusted GROUP BY ALL
)
SELECT y.measure, y.country, y.year, v.value, y.coverage_n, y.coverage_total
FROM years y LEFT JOIN variance v USING (measure, country, year)
