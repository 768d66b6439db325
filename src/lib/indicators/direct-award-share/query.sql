-- direct-award-share. Input: contracts.
-- Output: per country and award year, share awarded by direct award (OCDS method 'direct',
-- gré à gré): measure 'value' = Σ amount direct ÷ Σ amount in the base; 'count' likewise on
-- contracts. The base is competitive-share's: every contract of the year whose method is stated
-- OR that was awarded under the derogatory / defence-secret regime. A derogation with no stated
-- method is in the base and not in the numerator (it is not known to be a direct award; the
-- procurement view shows it as its own category). Coverage = contracts in the base / all
-- contracts of the year. A base with no direct award gives 0 (coalesce); an empty base NULL.
WITH scope AS (
	SELECT country, year(award_date) AS year, amount,
		coalesce(method = 'direct', false) AS is_direct,
		method IS NOT NULL OR coalesce(derogation, false) AS in_base
	FROM contracts
	-- without an award date a contract belongs to no year
	WHERE award_date IS NOT NULL
)
SELECT m.measure, country, year,
	CASE m.measure
		WHEN 'value' THEN coalesce(sum(amount) FILTER (WHERE is_direct), 0)
			/ NULLIF(sum(amount) FILTER (WHERE in_base), 0)
		ELSE count(*) FILTER (WHERE is_direct) / NULLIF(count(*) FILTER (WHERE in_base), 0)
	END AS value,
	count(*) FILTER (WHERE in_base) AS coverage_n,
	count(*) AS coverage_total
FROM scope CROSS JOIN (VALUES ('value'), ('count')) AS m(measure)
GROUP BY m.measure, country, year
