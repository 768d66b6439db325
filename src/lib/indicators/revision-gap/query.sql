-- revision-gap. Input: budget_lines (defence and security lines).
-- Output: per country and year, in total and per institution: value = Σ revised ÷ Σ approved
-- (1.10 = supplementary laws raised the voted budget by 10 %) over lines with both figures;
-- coverage = those lines / all defence and security lines.
WITH scope AS (
	SELECT *, approved IS NOT NULL AND revised IS NOT NULL AS is_known
	FROM budget_lines
	WHERE sector IN ('defence', 'security')
)
SELECT
	country,
	year,
	CASE WHEN GROUPING(institution) = 0 THEN 'institution' END AS group_by,
	institution AS group_name,
	-- NULLIF: a zero approved total gives no ratio (NULL)
	sum(revised) FILTER (WHERE is_known) / NULLIF(sum(approved) FILTER (WHERE is_known), 0) AS value,
	count(*) FILTER (WHERE is_known) AS coverage_n,
	count(*) AS coverage_total
FROM scope
GROUP BY GROUPING SETS ((country, year), (country, year, institution))
