-- credibility stage totals. Input: lines (lines.sql).
-- Output: per country, currency of the basis and year: Σ approved (voted), Σ revised and
-- Σ executed, each over the lines where that stage is known, in the chosen basis.
SELECT country, basis_currency AS currency, year,
	sum(approved * k) AS approved,
	sum(revised * k) AS revised,
	sum(executed * k) AS executed,
	count(*)::INTEGER AS n_lines
FROM lines
WHERE k IS NOT NULL
GROUP BY ALL
ORDER BY country, currency, year
