-- proc_base. Input: contracts with an award date (the others belong to no year, and a tender or
-- planning notice has none: only awards are summed), proc_names
-- (normalised supplier names), the
-- per-contract indicator results proc_ind_* (value v, coverage c of 0/1, in scope t of 0/1, joined
-- on the contract's rowid k), proc_split (the contracts possible-splitting flags) and the
-- conversion rates proc_rate. One row per contract, with its red flags:
--   f_direct  the direct-award-share indicator counts it as awarded directly (v = 1)
--   f_single  single-bid-share counts it as a tender with a single bid
--   f_short   short-tender-period counts its bidding period as short
--   f_split   possible-splitting places it in a suspicious run of sub-threshold awards
--   f_amend   amendment-growth measures its value growth above the view's threshold (parameter 1)
-- and competitive-share's own per-contract value (comp_v: 1 competitive, 0 not, NULL out of its
-- base), which the key findings add up by country and year.
-- method: the contract's category (method-categories.ts): its stated method, else 'derogation' for
-- the derogatory / defence-secret regime, else 'none'. The filters' method codes are stated ones.
-- amount_usd: constant 2023 US$ through SIPRI's own ratio of its two series for the country and
-- year, only when the contract is in the country's currency (the ratio converts only that one).
CREATE OR REPLACE TEMP TABLE proc_base AS
WITH flags AS (
	SELECT c.rowid AS k, c.*,
		coalesce(d.v = 1, false) AS f_direct,
		coalesce(s.v = 1, false) AS f_single,
		coalesce(p.v = 1, false) AS f_short,
		f.source_row IS NOT NULL AS f_split,
		coalesce(a.v > ?, false) AS f_amend,
		d.v AS direct_v, d.c AS direct_c, d.t AS direct_t,
		m.v AS comp_v,
		g.v AS derog_v, g.c AS derog_c, g.t AS derog_t,
		s.v AS single_v, s.c AS single_c, s.t AS single_t,
		p.v AS short_v, p.c AS short_c, p.t AS short_t,
		a.v AS amend_v, a.c AS amend_c, a.t AS amend_t,
		-- possible-splitting's coverage: contracts with a (normalised) supplier name, of all
		(n.supplier_norm IS NOT NULL)::INTEGER AS split_c, 1 AS split_t,
		n.supplier_norm
	FROM contracts c
	LEFT JOIN proc_ind_direct d ON d.k = c.rowid
	LEFT JOIN proc_ind_comp m ON m.k = c.rowid
	LEFT JOIN proc_ind_derog g ON g.k = c.rowid
	LEFT JOIN proc_ind_single s ON s.k = c.rowid
	LEFT JOIN proc_ind_short p ON p.k = c.rowid
	LEFT JOIN proc_ind_amend a ON a.k = c.rowid
	LEFT JOIN proc_names n ON n.supplier = c.supplier
	LEFT JOIN proc_split f ON f.dataset_id = c.dataset_id AND f.source_row = c.source_row
	WHERE c.award_date IS NOT NULL
)
SELECT flags.k, dataset_id, source_row, flags.country, year(award_date) AS year,
	strftime(award_date, '%Y-%m-%d') AS award_date, buyer, reference, title,
	-- a stated method keeps its category; the derogatory regime is never folded into 'none'
	coalesce(method, CASE WHEN derogation THEN 'derogation' ELSE 'none' END) AS method,
	derogation, supplier,
	supplier_norm, amount,
	-- the two CFA francs are at par (both pegged to the euro at 655.957): one unit of account
	CASE WHEN flags.currency = 'XAF' THEN 'XOF' ELSE flags.currency END AS unit,
	CASE WHEN flags.currency = r.currency THEN amount * r.usd_per_unit END AS amount_usd,
	f_direct, f_single, f_short, f_split, f_amend,
	f_direct::INTEGER + f_single::INTEGER + f_short::INTEGER + f_split::INTEGER
		+ f_amend::INTEGER AS flags,
	flags.* EXCLUDE (k, dataset_id, source_row, country, award_date, buyer, reference, title, method,
		derogation, supplier, supplier_norm, amount, currency, f_direct, f_single, f_short, f_split, f_amend,
		tenderers, tender_period_days, amendments, amended_amount, ocid, stage, method_details,
		tender_status, tender_start, tender_end)
FROM flags
LEFT JOIN proc_rate r ON r.country = flags.country AND r.year = year(flags.award_date)
