-- supplier-concentration. Input: contracts; the macro vigie_normalize_supplier
-- (normalize-supplier.ts) so "ETS KONÉ S.A.R.L." and "Ets Kone SARL" are one supplier.
-- Output: per country, award year and buyer (group 'buyer'), on awarded value:
--   measure 'top1' = share of the largest supplier, 'top3' = share of the three largest,
--   'hhi' = Herfindahl-Hirschman index Σ share² × 10 000 (10 000 = a single supplier).
-- coverage = contracts with a supplier name / all contracts of the buyer and year.
WITH scope AS (
	SELECT country, year(award_date) AS year, buyer, vigie_normalize_supplier(supplier) AS supplier, amount
	FROM contracts
	-- without an award date a contract belongs to no year
	WHERE award_date IS NOT NULL
),
counts AS (
	SELECT country, year, buyer, count(supplier) AS coverage_n, count(*) AS coverage_total
	FROM scope GROUP BY ALL
),
shares AS (
	SELECT country, year, buyer, supplier,
		sum(amount) / NULLIF(sum(sum(amount)) OVER w, 0) AS share,
		-- ties broken by name so the top-3 is the same in every engine
		row_number() OVER (w ORDER BY sum(amount) DESC, supplier) AS rank
	FROM scope
	WHERE supplier IS NOT NULL
	GROUP BY country, year, buyer, supplier
	WINDOW w AS (PARTITION BY country, year, buyer)
),
stats AS (
	SELECT country, year, buyer,
		max(share) FILTER (WHERE rank = 1) AS top1,
		sum(share) FILTER (WHERE rank <= 3) AS top3,
		sum(share * share) * 10000 AS hhi
	FROM shares GROUP BY ALL
)
SELECT m.measure, c.country, c.year, 'buyer' AS group_by, c.buyer AS group_name,
	CASE m.measure WHEN 'top1' THEN s.top1 WHEN 'top3' THEN s.top3 ELSE s.hhi END AS value,
	c.coverage_n, c.coverage_total
FROM counts c
LEFT JOIN stats s
	ON s.country IS NOT DISTINCT FROM c.country AND s.year = c.year AND s.buyer = c.buyer
CROSS JOIN (VALUES ('top1'), ('top3'), ('hhi')) AS m(measure)
