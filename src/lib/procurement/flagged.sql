-- One page of the selected contracts that carry at least one red flag. Input: proc_flagged;
-- the view's WHERE replaces the marker; /*ORDER*/ is a sort chosen from a fixed list by the view
-- (empty for the stored order, whose page is then read without sorting). Dates are text already.
-- Each row's Cardinal codes are added after, for that page only (src/lib/flags/codes-of-contracts.ts).
SELECT dataset_id, source_row, country, award_date, buyer, reference, title, method, supplier,
	amount, amount_usd, unit, f_direct, f_single, f_short, f_split, f_amend, flags
FROM proc_flagged
/*WHERE*/
/*ORDER*/
LIMIT ? OFFSET ?
