-- R018, single bid received (Cardinal: open-contracting/cardinal-rs src/indicators/r018.rs).
-- Input: contracts; parameters, each list joined by chr(31) (NULL = empty list):
--   1 competitive procurement methods (NULL = every method), 2 procurementMethodDetails values
--   excluded from every flag.
-- Output: dataset_id, source_row, process (ocid, else reference, else dataset:row), code.
-- A row is flagged when exactly one tenderer bid under a competitive method.
WITH p AS (SELECT string_split(?, chr(31)) AS methods, string_split(?, chr(31)) AS excluded)
SELECT dataset_id, source_row,
	coalesce(ocid, reference, dataset_id || ':' || source_row) AS process, 'R018' AS code
FROM contracts CROSS JOIN p
WHERE tenderers = 1
	AND tender_status IS DISTINCT FROM 'cancelled'
	AND NOT coalesce(list_contains(excluded, method_details), false)
	AND (methods IS NULL OR coalesce(list_contains(methods, method), false))
