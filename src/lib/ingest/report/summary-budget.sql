-- Budget summary of one imported dataset, shared by `vigie summary` and the import page.
-- Input: budget_lines; parameter 1 = dataset_id.
-- Output: one row per fiscal year with the three stages summed (NULL when no line gives the stage).
SELECT
	year,
	count(*) AS rows,
	round(sum(approved), 2) AS approved,
	round(sum(revised), 2) AS revised,
	round(sum(executed), 2) AS executed
FROM budget_lines
WHERE dataset_id = ?
GROUP BY year
ORDER BY year
