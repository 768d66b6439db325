-- possible-splitting. Input: contracts; the macro vigie_normalize_supplier; parameters
-- 1 = window in days (default 30), 2 = threshold amount in the contracts' currency.
-- A window opens at each award under the threshold and spans the following window_days;
-- it is suspicious when it holds at least two awards under the threshold, by the same buyer
-- to the same (normalised) supplier, whose sum exceeds the threshold.
-- Output: per country and award year, value = number of contracts in a suspicious window;
-- coverage = contracts with a supplier name / all contracts with an award date.
WITH params AS (
	SELECT CAST(? AS INTEGER) AS window_days, CAST(? AS DOUBLE) AS threshold
),
scope AS (
	SELECT dataset_id, source_row, country, buyer, award_date, amount,
		vigie_normalize_supplier(supplier) AS supplier
	FROM contracts
	-- without an award date a contract belongs to no year and no window
	WHERE award_date IS NOT NULL
),
small AS (
	SELECT s.* FROM scope s CROSS JOIN params p
	WHERE s.supplier IS NOT NULL AND s.amount < p.threshold
),
windows AS (
	SELECT b.dataset_id, b.source_row,
		count(*) OVER opening AS awards, sum(b.amount) OVER opening AS total
	FROM small a
	CROSS JOIN params p
	JOIN small b
		ON b.country IS NOT DISTINCT FROM a.country AND b.buyer = a.buyer AND b.supplier = a.supplier
		AND b.award_date BETWEEN a.award_date AND a.award_date + p.window_days
	WINDOW opening AS (PARTITION BY a.dataset_id, a.source_row)
),
flagged AS (
	SELECT DISTINCT w.dataset_id, w.source_row
	FROM windows w CROSS JOIN params p
	WHERE w.awards >= 2 AND w.total > p.threshold
)
SELECT s.country, year(s.award_date) AS year,
	count(f.source_row) AS value,
	count(s.supplier) AS coverage_n,
	count(*) AS coverage_total
FROM scope s
LEFT JOIN flagged f ON f.dataset_id = s.dataset_id AND f.source_row = s.source_row
GROUP BY s.country, year(s.award_date)
