-- derogation-share. Input: contracts.
-- Output: per country and award year, share awarded under the derogatory defence-secret
-- regime: measure 'value' = Σ amount with derogation ÷ Σ amount in the base; 'count' likewise
-- on contracts. The base is every contract of the year whose regime is known (derogation true
-- or false; Vigie's import reads a stated ordinary method as the ordinary regime, so on an
-- imported file this is every contract that states its method or its regime). A contract of
-- unknown regime is neither counted as ordinary (that would lower the share and flatter
-- secrecy) nor as derogatory: it stays out, and coverage = contracts in the base / all
-- contracts of the year shows it. A base with no derogation gives 0; an empty base NULL.
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
