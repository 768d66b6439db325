-- short-tender-period (Open Contracting red flag R003). Input: contracts; parameter 1 =
-- threshold in days (default 15). Output: per country and award year, among open tenders
-- (as Cardinal's R003 does): value = tenders whose bidding period is strictly shorter than
-- the threshold ÷ tenders whose period is known; coverage = those known / all open tenders.
WITH params AS (SELECT CAST(? AS INTEGER) AS threshold_days)
SELECT
	country,
	year(award_date) AS year,
	count(*) FILTER (WHERE tender_period_days < threshold_days)
		/ NULLIF(count(tender_period_days), 0) AS value,
	count(tender_period_days) AS coverage_n,
	count(*) AS coverage_total
FROM contracts CROSS JOIN params
WHERE method = 'open'
	-- without an award date a contract belongs to no year
	AND award_date IS NOT NULL
GROUP BY country, year
