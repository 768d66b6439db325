-- The largest firms of the selection (proc_sel_firms), with their spellings (proc_variants).
SELECT f.supplier_norm, v.spelling, f.n, f.amount, v.spellings, v.variants,
	(SELECT count(*) FROM proc_sel_firms)::INTEGER AS firms
FROM proc_sel_firms f
JOIN proc_variants v USING (supplier_norm)
ORDER BY f.amount DESC NULLS LAST, f.supplier_norm
LIMIT ?
