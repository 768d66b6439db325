-- credibility stage gaps. Input: lines (lines.sql).
-- Output: per country, currency of the basis and item — by institution (`breakdown` = 'institution')
-- and by economic category (`breakdown` = 'category'), both from one scan (GROUPING SETS) —
-- summed over the years in the filter, over the lines where BOTH voted and executed are known
-- (as PEFA PI-1 does, so a line missing one stage cannot fake a gap):
--   approved, executed, gap = executed − approved, gap_share = executed ÷ approved − 1;
--   revised_share = Σ revised ÷ Σ approved − 1 over those lines that also have a revised figure.
SELECT
	CASE WHEN grouping(institution) = 0 THEN 'institution' ELSE 'category' END AS breakdown,
	country, basis_currency AS currency,
	coalesce(institution, category) AS item,
	sum(approved * k) AS approved,
	sum(executed * k) AS executed,
	sum(executed * k) - sum(approved * k) AS gap,
	sum(executed * k) / NULLIF(sum(approved * k), 0) - 1 AS gap_share,
	sum(revised * k) FILTER (WHERE revised IS NOT NULL)
		/ NULLIF(sum(approved * k) FILTER (WHERE revised IS NOT NULL), 0) - 1 AS revised_share,
	count(*)::INTEGER AS n_lines
FROM lines
WHERE k IS NOT NULL AND approved IS NOT NULL AND executed IS NOT NULL
GROUP BY GROUPING SETS ((country, basis_currency, institution), (country, basis_currency, category))
ORDER BY breakdown, country, currency, item
