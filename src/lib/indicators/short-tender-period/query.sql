-- short-tender-period (Open Contracting red flag R003). Input: contracts; parameter 1 =
-- threshold in days (default 15). Output: per country and award year, among every contract
-- whatever its method (Cardinal's R003 by default: its `procurement_methods` setting narrows it,
-- and is not set): value = contracts whose submission period, in whole days, is strictly shorter
-- than the threshold ÷ contracts whose period is known; coverage = those known / all contracts
-- of the year (a direct award usually has no period: it lowers the coverage, not the share).
-- A cancelled tender is left out altogether, as Cardinal leaves it out of every flag.
WITH params AS (SELECT CAST(? AS INTEGER) AS threshold_days)
SELECT
	country,
	year(award_date) AS year,
	count(*) FILTER (WHERE tender_period_days < threshold_days)
		/ NULLIF(count(tender_period_days), 0) AS value,
	count(tender_period_days) AS coverage_n,
	count(*) AS coverage_total
FROM contracts CROSS JOIN params
-- without an award date a contract belongs to no year
WHERE award_date IS NOT NULL
	-- a cancelled tender is no procedure to judge (Cardinal skips it); NULL status counts
	AND tender_status IS DISTINCT FROM 'cancelled'
GROUP BY country, year
