-- R003, short submission period (Cardinal: open-contracting/cardinal-rs src/indicators/r003.rs).
-- Input: contracts; parameters, each list joined by chr(31) (NULL = empty list):
--   1 threshold in whole days, 2 procurement methods (NULL = every method),
--   3 procurementMethodDetails values with their own threshold, 4 those thresholds (same order),
--   5 procurementMethodDetails values excluded from every flag.
-- Output: dataset_id, source_row, process (ocid, else reference, else dataset:row), code.
-- A row is flagged when its submission period (whole days, truncated, as Cardinal counts them)
-- is shorter than its threshold. Rows of one process share their tender, so they agree.
WITH p AS (
	SELECT CAST(? AS INTEGER) AS threshold, string_split(?, chr(31)) AS methods,
		string_split(?, chr(31)) AS detail_keys, string_split(?, chr(31)) AS detail_days,
		string_split(?, chr(31)) AS excluded
)
SELECT dataset_id, source_row,
	coalesce(ocid, reference, dataset_id || ':' || source_row) AS process, 'R003' AS code
FROM contracts CROSS JOIN p
WHERE tender_period_days IS NOT NULL
	-- Cardinal leaves out cancelled processes and the excluded procedure details, from every flag
	AND tender_status IS DISTINCT FROM 'cancelled'
	AND NOT coalesce(list_contains(excluded, method_details), false)
	-- with a list of methods, a process whose method is not stated does not match
	AND (methods IS NULL OR coalesce(list_contains(methods, method), false))
	AND tender_period_days < coalesce(
		CAST(detail_days[list_position(detail_keys, method_details)] AS INTEGER), threshold)
