-- credibility stage gaps. Input: lines (lines.sql). Parameter: 'institution' | 'category'.
-- Output: per country, currency of the basis and item (institution or economic category),
-- summed over the years in the filter, over the lines where BOTH voted and executed are known
-- (as PEFA PI-1 does, so a line missing one stage cannot fake a gap):
--   approved, executed, gap = executed − approved, gap_share = executed ÷ approved − 1;
--   revised_share = Σ revised ÷ Σ approved − 1 over those lines that also have a revised figure.
SELECT country, basis_currency AS currency,
	CASE WHEN ? = 'institution' THEN institution ELSE category END AS item,
	sum(approved * k) AS approved,
	sum(executed * k) AS executed,
	sum(executed * k) - sum(approved * k) AS gap,
	sum(executed * k) / NULLIF(sum(approved * k), 0) - 1 AS gap_share,
	sum(revised * k) FILTER (WHERE revised IS NOT NULL)
		/ NULLIF(sum(approved * k) FILTER (WHERE revised IS NOT NULL), 0) - 1 AS revised_share,
	count(*)::INTEGER AS n_lines
FROM lines
WHERE k IS NOT NULL AND approved IS NOT NULL AND executed IS NOT NULL
GROUP BY ALL
ORDER BY country, currency, item
