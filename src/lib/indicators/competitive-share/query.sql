-- competitive-share. Input: contracts.
-- A year with no matching contract gives 0 (coalesce), one with none known gives NULL.
-- Output: per country and award year, share awarded by competitive methods (open or
-- selective, as in OCDS procurementMethod): measure 'value' = Σ amount competitive ÷
-- Σ amount; measure 'count' = contracts competitive ÷ contracts. Only contracts whose
-- method is stated count; coverage = those / all contracts of the year.
WITH scope AS (
	SELECT country, year(award_date) AS year, amount, method,
		method IN ('open', 'selective') AS is_competitive
	FROM contracts
	-- without an award date a contract belongs to no year
	WHERE award_date IS NOT NULL
)
SELECT m.measure, country, year,
	CASE m.measure
		WHEN 'value' THEN coalesce(sum(amount) FILTER (WHERE is_competitive), 0)
			/ NULLIF(sum(amount) FILTER (WHERE method IS NOT NULL), 0)
		ELSE count(*) FILTER (WHERE is_competitive)
			/ NULLIF(count(*) FILTER (WHERE method IS NOT NULL), 0)
	END AS value,
	count(*) FILTER (WHERE method IS NOT NULL) AS coverage_n,
	count(*) AS coverage_total
FROM scope CROSS JOIN (VALUES ('value'), ('count')) AS m(measure)
GROUP BY m.measure, country, year
