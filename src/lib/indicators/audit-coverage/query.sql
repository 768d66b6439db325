-- audit-coverage. Inputs: budget_lines (defence and security executed spending),
-- oversight_events (documents 'audit_report', any body, with amount_covered).
-- Output: per country and year with spending, value = min(Σ amount covered by audits ÷
-- Σ executed, 1); coverage = audits with an amount / audits of that year. Value is NULL
-- when the country has no oversight data at all (absence of data is not absence of audit),
-- when audits exist but none states an amount, or when executed spending is unknown or zero.
WITH spending AS (
	SELECT country, year, sum(executed) AS executed
	FROM budget_lines
	WHERE sector IN ('defence', 'security')
	GROUP BY ALL
),
audits AS (
	SELECT country, year_covered AS year, sum(amount_covered) AS covered,
		count(amount_covered) AS n, count(*) AS total
	FROM oversight_events
	WHERE document = 'audit_report'
	GROUP BY ALL
),
watched AS (SELECT DISTINCT country FROM oversight_events),
ratios AS (
	SELECT s.country, s.year, a.n, a.total,
		CASE WHEN w.country IS NULL OR (a.total > 0 AND a.n = 0) THEN NULL
			ELSE coalesce(a.covered, 0) / NULLIF(s.executed, 0) END AS ratio
	FROM spending s
	LEFT JOIN audits a ON a.country IS NOT DISTINCT FROM s.country AND a.year = s.year
	LEFT JOIN watched w ON w.country IS NOT DISTINCT FROM s.country
)
SELECT country, year,
	-- overlapping audits can add up to more than the spending: capped at 100 %
	-- (CASE, because least() would turn a NULL ratio into 1)
	CASE WHEN ratio IS NULL THEN NULL ELSE least(ratio, 1) END AS value,
	coalesce(n, 0) AS coverage_n,
	coalesce(total, 0) AS coverage_total
FROM ratios
