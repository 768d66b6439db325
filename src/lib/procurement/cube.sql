-- proc_cube. Input: proc_base. The contracts summed over the view's filter dimensions (country,
-- year, buyer, method) so a filter change adds up a few thousand rows instead of every contract.
-- For each indicator: num/den are the sums its per-contract values combine with (weight 1 for
-- shares of contracts, the amount for shares of value: Σ w·v ÷ Σ w over contracts with a value),
-- c/t its coverage. Amount-weighted sums exist in local currency (_l) and constant US$ (_u).
CREATE OR REPLACE TEMP TABLE proc_cube AS
SELECT country, year, buyer, method, unit, dataset_id,
	count(*) AS n,
	sum(amount) AS amt_l,
	sum(amount_usd) AS amt_u,
	count(amount_usd) AS n_u,
	count(supplier_norm) AS sup_c,
	count(*) FILTER (WHERE flags > 0) AS flagged,
	sum(amount * direct_v) AS direct_num_l,
	sum(amount) FILTER (WHERE direct_v IS NOT NULL) AS direct_den_l,
	sum(amount_usd * direct_v) AS direct_num_u,
	sum(amount_usd) FILTER (WHERE direct_v IS NOT NULL) AS direct_den_u,
	sum(direct_c) AS direct_c, sum(direct_t) AS direct_t,
	count(*) FILTER (WHERE f_direct) AS direct_flagged,
	-- competitive-share by value, in the contracts' own amounts (as the indicator adds them up)
	sum(amount * comp_v) AS comp_num_l,
	sum(amount) FILTER (WHERE comp_v IS NOT NULL) AS comp_den_l,
	sum(amount * derog_v) AS derog_num_l,
	sum(amount) FILTER (WHERE derog_v IS NOT NULL) AS derog_den_l,
	sum(amount_usd * derog_v) AS derog_num_u,
	sum(amount_usd) FILTER (WHERE derog_v IS NOT NULL) AS derog_den_u,
	sum(derog_c) AS derog_c, sum(derog_t) AS derog_t,
	sum(amount * amend_v) AS amend_num_l,
	sum(amount) FILTER (WHERE amend_v IS NOT NULL) AS amend_den_l,
	sum(amount_usd * amend_v) AS amend_num_u,
	sum(amount_usd) FILTER (WHERE amend_v IS NOT NULL) AS amend_den_u,
	sum(amend_c) AS amend_c, sum(amend_t) AS amend_t,
	sum(single_v) AS single_num, count(single_v) AS single_den,
	sum(single_c) AS single_c, sum(single_t) AS single_t,
	sum(short_v) AS short_num, count(short_v) AS short_den,
	sum(short_c) AS short_c, sum(short_t) AS short_t,
	count(*) FILTER (WHERE f_split) AS split_num,
	sum(split_c) AS split_c, sum(split_t) AS split_t,
	count(*) FILTER (WHERE f_amend) AS amend_flagged
FROM proc_base
GROUP BY ALL;

-- proc_long. proc_cube with one row per sum (`measure`, `value`): the overview then asks for
-- a single sum grouped by year, method and measure, which duckdb-wasm plans and runs about three
-- times faster than forty sums side by side (measured on the demo and on 1 M contracts).
CREATE OR REPLACE TEMP TABLE proc_long AS
UNPIVOT proc_cube
ON COLUMNS(* EXCLUDE (country, year, buyer, method, unit, dataset_id))
INTO NAME measure VALUE value;

-- proc_sup. Input: proc_base. Awarded amounts by firm (normalised supplier name) over the same
-- dimensions, for the top suppliers and their concentration; proc_sup_cy the same by country
-- and year only (a few thousand rows), used when no buyer or method is chosen.
CREATE OR REPLACE TEMP TABLE proc_sup AS
SELECT country, year, buyer, method, supplier_norm,
	count(*) AS n, sum(amount) AS amt_l, sum(amount_usd) AS amt_u
FROM proc_base
WHERE supplier_norm IS NOT NULL
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE proc_sup_cy AS
SELECT country, year, supplier_norm, sum(n) AS n, sum(amt_l) AS amt_l, sum(amt_u) AS amt_u
FROM proc_sup
GROUP BY ALL;

-- proc_variants. Every spelling of each firm in the data, the most used first, joined by U+001F.
CREATE OR REPLACE TEMP TABLE proc_variants AS
SELECT supplier_norm, arg_max(supplier, n) AS spelling, count(*)::INTEGER AS spellings,
	string_agg(supplier, chr(31) ORDER BY supplier) AS variants
FROM (SELECT supplier_norm, supplier, count(*) AS n FROM proc_base
	WHERE supplier_norm IS NOT NULL GROUP BY ALL)
GROUP BY supplier_norm;

-- proc_flagged. The flagged contracts, stored most flags first, then largest amount in constant
-- US$ (else local): a page in that order is the table's first rows that pass the filters.
CREATE OR REPLACE TEMP TABLE proc_flagged AS
SELECT * FROM proc_base WHERE flags > 0
ORDER BY flags DESC, amount_usd DESC NULLS LAST, amount DESC, dataset_id, source_row
