-- credibility scope summary. Input: lines (lines.sql).
-- Output: one row: lines kept, lines excluded for want of a conversion factor (constant-US$
-- basis only), and the datasets the kept lines come from (for each figure's provenance).
SELECT
	count(*) FILTER (WHERE k IS NOT NULL)::INTEGER AS n_lines,
	count(*) FILTER (WHERE k IS NULL)::INTEGER AS n_excluded,
	-- text, not a list: both engines return lists differently; ids never hold a line break
	string_agg(DISTINCT dataset_id, chr(10) ORDER BY dataset_id) FILTER (WHERE k IS NOT NULL) AS datasets
FROM lines
