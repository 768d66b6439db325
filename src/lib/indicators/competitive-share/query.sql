-- competitive-share. Input: contracts.
-- Output: per country and award year, share awarded by competitive methods (open or
-- selective, as in OCDS procurementMethod): measure 'value' = Σ amount competitive ÷
-- Σ amount in the base; measure 'count' = contracts competitive ÷ contracts in the base.
-- The base is every contract of the year whose method is stated OR that was awarded under the
-- derogatory / defence-secret regime: a derogation is a contract of the year and is not
-- competitive unless its method is explicitly open or selective. Only a contract that states
-- no method and is not a derogation stays out; coverage = contracts in the base / all contracts
-- of the year. A base with no competitive contract gives 0 (coalesce); an empty base NULL.
WITH scope AS (
	SELECT country, year(award_date) AS year, amount,
		coalesce(method IN ('open', 'selective'), false) AS is_competitive,
		-- a derogation with no stated method counts, as not competitive: never dropped
		method IS NOT NULL OR coalesce(derogation, false) AS in_base
	FROM contracts
	-- without an award date a contract belongs to no year
	WHERE award_date IS NOT NULL
)
SELECT m.measure, country, year,
	CASE m.measure
		WHEN 'value' THEN coalesce(sum(amount) FILTER (WHERE is_competitive), 0)
			/ NULLIF(sum(amount) FILTER (WHERE in_base), 0)
		ELSE count(*) FILTER (WHERE is_competitive) / NULLIF(count(*) FILTER (WHERE in_base), 0)
	END AS value,
	count(*) FILTER (WHERE in_base) AS coverage_n,
	count(*) AS coverage_total
FROM scope CROSS JOIN (VALUES ('value'), ('count')) AS m(measure)
GROUP BY m.measure, country, year
