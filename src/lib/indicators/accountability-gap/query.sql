-- accountability-gap. Inputs: budget_lines, contracts, oversight_events; parameters
-- 1 = growth threshold (default 0.05), 2 = audit-coverage threshold (default 0.5).
-- Output: per country and year with defence and security spending, four visible parts
-- (measure), each computed exactly as its own indicator:
--   'spending_growth'       Σ executed ÷ Σ executed of the previous year − 1 (nominal)
--   'audit_coverage'        as audit-coverage (capped at 1)
--   'classified_share'      as classified-share
--   'non_competitive_share' 1 − competitive-share (value)
-- and, as the score of every part, the matrix cell from the first two:
--   'gap' (growth > threshold, coverage < threshold), 'rising_covered', 'low_oversight',
--   'covered'; NULL when either axis is missing. Secrecy and competition are shown, not mixed in.
WITH params AS (
	SELECT CAST(? AS DOUBLE) AS growth_threshold, CAST(? AS DOUBLE) AS coverage_threshold
),
scope AS (SELECT * FROM budget_lines WHERE sector IN ('defence', 'security')),
spending AS (SELECT country, year, sum(executed) AS executed FROM scope GROUP BY country, year),
growth AS (
	SELECT cur.country, cur.year, cur.executed / NULLIF(prev.executed, 0) - 1 AS value
	FROM spending cur
	LEFT JOIN spending prev ON prev.country IS NOT DISTINCT FROM cur.country AND prev.year = cur.year - 1
),
audits AS (
	SELECT country, year_covered AS year, sum(amount_covered) AS covered,
		count(amount_covered) AS n, count(*) AS total
	FROM oversight_events WHERE document = 'audit_report' GROUP BY country, year_covered
),
watched AS (SELECT DISTINCT country FROM oversight_events),
audit AS (
	SELECT s.country, s.year,
		CASE WHEN w.country IS NULL OR (a.total > 0 AND a.n = 0) THEN NULL
			ELSE coalesce(a.covered, 0) / NULLIF(s.executed, 0) END AS ratio
	FROM spending s
	LEFT JOIN audits a ON a.country IS NOT DISTINCT FROM s.country AND a.year = s.year
	LEFT JOIN watched w ON w.country IS NOT DISTINCT FROM s.country
),
secrecy AS (
	SELECT country, year,
		coalesce(sum(approved) FILTER (WHERE classified AND approved IS NOT NULL), 0)
			/ NULLIF(sum(approved) FILTER (WHERE classified IS NOT NULL AND approved IS NOT NULL), 0) AS value
	FROM scope GROUP BY country, year
),
procurement AS (
	-- competitive-share's base: a derogation with no stated method is in it, as not competitive
	SELECT country, year(award_date) AS year,
		1 - coalesce(sum(amount) FILTER (WHERE method IN ('open', 'selective')), 0)
			/ NULLIF(sum(amount) FILTER (WHERE method IS NOT NULL OR coalesce(derogation, false)), 0)
			AS value
	FROM contracts WHERE award_date IS NOT NULL GROUP BY country, year(award_date)
),
matrix AS (
	SELECT g.country, g.year, g.value AS growth,
		CASE WHEN a.ratio IS NULL THEN NULL ELSE least(a.ratio, 1) END AS coverage,
		s.value AS secrecy, p.value AS non_competitive,
		CASE WHEN g.value IS NULL OR a.ratio IS NULL THEN NULL
			WHEN g.value > growth_threshold AND a.ratio < coverage_threshold THEN 'gap'
			WHEN g.value > growth_threshold THEN 'rising_covered'
			WHEN a.ratio < coverage_threshold THEN 'low_oversight'
			ELSE 'covered' END AS quadrant
	FROM growth g
	CROSS JOIN params
	LEFT JOIN audit a ON a.country IS NOT DISTINCT FROM g.country AND a.year = g.year
	LEFT JOIN secrecy s ON s.country IS NOT DISTINCT FROM g.country AND s.year = g.year
	LEFT JOIN procurement p ON p.country IS NOT DISTINCT FROM g.country AND p.year = g.year
)
SELECT 'spending_growth' AS measure, country, year, growth AS value, quadrant AS score FROM matrix
UNION ALL SELECT 'audit_coverage', country, year, coverage, quadrant FROM matrix
UNION ALL SELECT 'classified_share', country, year, secrecy, quadrant FROM matrix
UNION ALL SELECT 'non_competitive_share', country, year, non_competitive, quadrant FROM matrix
