-- direct-award-share. Input: contracts.
-- A year with no matching contract gives 0 (coalesce), one with none known gives NULL.
-- Output: per country and award year, share awarded by direct award (OCDS method
-- 'direct', gré à gré): measure 'value' = Σ amount direct ÷ Σ amount; 'count' likewise on
-- contracts. Only contracts whose method is stated count; coverage = those / all.
WITH scope AS (
	SELECT country, year(award_date) AS year, amount, method, method = 'direct' AS is_direct
	FROM contracts
	-- without an award date a contract belongs to no year
	WHERE award_date IS NOT NULL
)
SELECT m.measure, country, year,
	CASE m.measure
		WHEN 'value' THEN coalesce(sum(amount) FILTER (WHERE is_direct), 0)
			/ NULLIF(sum(amount) FILTER (WHERE method IS NOT NULL), 0)
		ELSE count(*) FILTER (WHERE is_direct) / NULLIF(count(*) FILTER (WHERE method IS NOT NULL), 0)
	END AS value,
	count(*) FILTER (WHERE method IS NOT NULL) AS coverage_n,
	count(*) AS coverage_total
FROM scope CROSS JOIN (VALUES ('value'), ('count')) AS m(measure)
GROUP BY m.measure, country, year
