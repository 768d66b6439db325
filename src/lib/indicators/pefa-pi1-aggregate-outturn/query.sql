-- pefa-pi1-aggregate-outturn. Input: budget_lines.
-- Output: per country and year, value = Σ executed ÷ Σ approved over the defence and
-- security lines with both figures; coverage = those lines / all defence and security lines.
-- The PEFA-style letter (two of the last three years) is added in TypeScript (score-bands.ts).
SELECT
	country,
	year,
	sum(executed) FILTER (WHERE approved IS NOT NULL AND executed IS NOT NULL)
		/ NULLIF(sum(approved) FILTER (WHERE approved IS NOT NULL AND executed IS NOT NULL), 0) AS value,
	count(*) FILTER (WHERE approved IS NOT NULL AND executed IS NOT NULL) AS coverage_n,
	count(*) AS coverage_total
FROM budget_lines
-- PI-1 here is scoped to the defence and security votes, not the whole budget
WHERE sector IN ('defence', 'security')
GROUP BY country, year
