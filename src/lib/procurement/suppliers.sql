-- Awarded amount by firm in the selection. Input: proc_sup (or proc_sup_cy when the view
-- filters only by country and year: /*TABLE*/); the view's WHERE replaces the marker;
-- /*AMOUNT*/ is amt_l (local currency) or amt_u (constant US$). Spellings of one firm count
-- together under their normalised name (vigie_normalize_supplier). Written to proc_sel_firms,
-- which the top suppliers and the concentration both read.
CREATE OR REPLACE TEMP TABLE proc_sel_firms AS
SELECT supplier_norm, sum(n)::INTEGER AS n, sum(/*AMOUNT*/) AS amount
FROM /*TABLE*/
/*WHERE*/
GROUP BY supplier_norm
