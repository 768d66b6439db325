-- key-documents-published. Input: oversight_events.
-- Output: per country and fiscal year covered that appears in the oversight data:
--   measure 'count' = how many of the six key documents are listed (coverage n of 6);
--   measure 'published' = one row per key document (group 'document'), 1 listed / 0 not.
-- A listed document counts as published even without a publication date.
WITH key_documents(document) AS (
	VALUES ('budget_proposal'), ('enacted_budget'), ('in_year_report'),
		('year_end_report'), ('execution_law'), ('audit_report')
),
years AS (SELECT DISTINCT country, year_covered AS year FROM oversight_events),
listed AS (
	SELECT DISTINCT country, year_covered AS year, document FROM oversight_events
),
grid AS (
	SELECT y.country, y.year, k.document, l.document IS NOT NULL AS is_listed
	FROM years y CROSS JOIN key_documents k
	LEFT JOIN listed l
		ON l.country IS NOT DISTINCT FROM y.country AND l.year = y.year AND l.document = k.document
)
SELECT 'published' AS measure, country, year, 'document' AS group_by, document AS group_name,
	CASE WHEN is_listed THEN 1 ELSE 0 END AS value, NULL AS coverage_n, NULL AS coverage_total
FROM grid
UNION ALL
SELECT 'count', country, year, NULL, NULL,
	count(*) FILTER (WHERE is_listed), count(*) FILTER (WHERE is_listed), count(*)
FROM grid
GROUP BY country, year
