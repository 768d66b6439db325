-- amendment-growth. Input: contracts.
-- Output: per country and award year, value = Σ final value ÷ Σ awarded value − 1 over
-- contracts whose final value is known: amended_amount when given, else the awarded amount
-- when the file says there were 0 amendments. coverage = those contracts / all contracts.
WITH scope AS (
	SELECT country, year(award_date) AS year, amount,
		CASE WHEN amended_amount IS NOT NULL THEN amended_amount
			-- no amendment: the final value is the awarded one
			WHEN amendments = 0 THEN amount END AS final_amount
	FROM contracts
	-- without an award date a contract belongs to no year
	WHERE award_date IS NOT NULL
)
SELECT country, year,
	-- NULLIF: contracts awarded at 0 give no growth rate
	sum(final_amount) / NULLIF(sum(amount) FILTER (WHERE final_amount IS NOT NULL), 0) - 1 AS value,
	count(final_amount) AS coverage_n,
	count(*) AS coverage_total
FROM scope
GROUP BY country, year
