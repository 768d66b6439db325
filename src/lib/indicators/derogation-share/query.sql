-- derogation-share. Input: contracts.
-- A year with no matching contract gives 0 (coalesce), one with none known gives NULL.
-- Output: per country and award year, share awarded under the derogatory defence-secret
-- regime: measure 'value' = Σ amount with derogation ÷ Σ amount; 'count' likewise on
-- contracts. Only contracts that say whether they are derogatory count; coverage = those / all.
WITH scope AS (
	SELECT country, year(award_date) AS year, amount, derogation
	FROM contracts
	-- without an award date a contract belongs to no year
	WHERE award_date IS NOT NULL
)
SELECT m.measure, country, year,
	CASE m.measure
		WHEN 'value' THEN coalesce(sum(amount) FILTER (WHERE derogation), 0)
			/ NULLIF(sum(amount) FILTER (WHERE derogation IS NOT NULL), 0)
		ELSE count(*) FILTER (WHERE derogation)
			/ NULLIF(count(*) FILTER (WHERE derogation IS NOT NULL), 0)
	END AS value,
	count(*) FILTER (WHERE derogation IS NOT NULL) AS coverage_n,
	count(*) AS coverage_total
FROM scope CROSS JOIN (VALUES ('value'), ('count')) AS m(measure)
GROUP BY m.measure, country, year
