-- oversight-scope. Inputs: the three canonical tables. Output: one row per table, country and
-- year present (contracts by award year), with the datasets they come from, for the filter bar
-- and the provenance lines.
SELECT 'budget_lines' AS source, country, year, dataset_id FROM budget_lines
UNION
SELECT 'contracts', country, year(award_date), dataset_id FROM contracts
WHERE award_date IS NOT NULL
UNION
SELECT 'oversight_events', country, year_covered, dataset_id FROM oversight_events
