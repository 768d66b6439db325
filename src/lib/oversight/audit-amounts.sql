-- audit-amounts. Inputs: budget_lines (defence and security lines), oversight_events (audit
-- reports, any body). Output: per country and year with spending: executed (Σ executed),
-- covered (Σ amount_covered of the year's audit reports; NULL when no report states an
-- amount), audits (reports), bodies (distinct auditing bodies, comma-joined, sorted),
-- currency (comma-joined when a country mixes several) and watched (the country has any
-- oversight record at all: without one, no audit is "no data", not "no audit").
WITH spending AS (
	SELECT country, year, sum(executed) AS executed,
		string_agg(DISTINCT currency, ',' ORDER BY currency) AS currency
	FROM budget_lines
	WHERE sector IN ('defence', 'security')
	GROUP BY ALL
),
audits AS (
	SELECT country, year_covered AS year, sum(amount_covered) AS covered, count(*) AS audits,
		string_agg(DISTINCT body, ',' ORDER BY body) AS bodies
	FROM oversight_events
	WHERE document = 'audit_report'
	GROUP BY ALL
),
watched AS (SELECT DISTINCT country FROM oversight_events)
SELECT s.country, s.year, s.executed, s.currency, a.covered,
	coalesce(a.audits, 0)::INTEGER AS audits, a.bodies, w.country IS NOT NULL AS watched
FROM spending s
LEFT JOIN audits a ON a.country IS NOT DISTINCT FROM s.country AND a.year = s.year
LEFT JOIN watched w ON w.country IS NOT DISTINCT FROM s.country
