-- classified-share. Input: budget_lines (defence and security lines).
-- Output: per country and year, value = Σ approved of classified lines (secret or special
-- funds) ÷ Σ approved of lines whose classified status is known; coverage = those lines /
-- all defence and security lines. When no line states its status, value is NULL and the
-- score is 'not_public' (TI GDI's "not public" answer); other bands are added from the value.
WITH scope AS (
	SELECT country, year, approved, classified,
		classified IS NOT NULL AND approved IS NOT NULL AS is_known
	FROM budget_lines
	WHERE sector IN ('defence', 'security')
)
SELECT country, year,
	coalesce(sum(approved) FILTER (WHERE is_known AND classified), 0)
		/ NULLIF(sum(approved) FILTER (WHERE is_known), 0) AS value,
	count(*) FILTER (WHERE is_known) AS coverage_n,
	count(*) AS coverage_total,
	CASE WHEN count(*) FILTER (WHERE is_known) = 0 THEN 'not_public' END AS score
FROM scope
GROUP BY country, year
