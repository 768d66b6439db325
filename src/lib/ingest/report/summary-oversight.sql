-- Oversight summary of one imported dataset: events per year covered.
-- Input: oversight_events; parameter 1 = dataset_id. Output: year_covered, rows.
SELECT year_covered AS year, count(*) AS rows
FROM oversight_events
WHERE dataset_id = ?
GROUP BY year_covered
ORDER BY year_covered
