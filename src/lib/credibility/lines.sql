-- credibility lines. Input: budget_lines, factors (factors.sql).
-- Output: the budget lines the view's filters keep, each with k = the multiplier to the chosen
-- basis: 1 in local currency; the SIPRI factor in constant 2023 US$ (NULL when there is none:
-- such lines are counted as excluded, never summed). First parameter: 'local' | 'usd'; the
-- filter clause (from filterWhere) and its parameters follow.
SELECT * FROM (
	SELECT b.*,
		CASE WHEN ? = 'usd' THEN f.factor ELSE 1.0 END AS k,
		CASE WHEN ? = 'usd' THEN 'USD' ELSE b.currency END AS basis_currency
	FROM budget_lines b
	LEFT JOIN factors f ON f.country = b.country AND f.year = b.year AND f.currency = b.currency
	/* filters */
)
-- the view is about defence and security: an imported budget may also hold other sectors
WHERE sector IN ('defence', 'security')
