-- single-bid-share (Open Contracting red flag R018). Input: contracts.
-- Output: per country and award year, among open and selective tenders (Cardinal's competitive
-- methods, the only ones where several bids are expected): value = tenders with exactly one
-- bid ÷ tenders whose number of bids is known; coverage = those known / all open and selective
-- tenders. A negative count is not a number of bids (Cardinal flags it not): it counts as unknown.
-- A cancelled tender is left out altogether, as Cardinal leaves it out of every flag.
SELECT
	country,
	year(award_date) AS year,
	count(*) FILTER (WHERE tenderers = 1) / NULLIF(count(*) FILTER (WHERE tenderers >= 0), 0)
		AS value,
	count(*) FILTER (WHERE tenderers >= 0) AS coverage_n,
	count(*) AS coverage_total
FROM contracts
WHERE method IN ('open', 'selective')
	-- without an award date a contract belongs to no year
	AND award_date IS NOT NULL
	-- a cancelled tender is no procedure to judge (Cardinal skips it); NULL status counts
	AND tender_status IS DISTINCT FROM 'cancelled'
GROUP BY ALL
