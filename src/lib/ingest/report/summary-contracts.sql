-- Contracts summary of one imported dataset, shared by `vigie summary` and the import page.
-- Input: contracts; parameter 1 = dataset_id.
-- Output: (dimension, key, rows, value) rows: the total, one row per award year, one per method
-- (NULL method = not stated = 'unknown'), the value awarded under the derogatory regime, and the
-- contracting processes with no award yet (OCDS tender or planning notices: rows with no amount,
-- which count for red flags, never in a value).
WITH c AS (SELECT * FROM contracts WHERE dataset_id = ?)
SELECT 'total' AS dimension, NULL AS key, count(*) AS rows, round(coalesce(sum(amount), 0), 2) AS value FROM c
UNION ALL
-- contracts without an award date count in the total but in no year
SELECT 'year', CAST(year(award_date) AS VARCHAR), count(*), round(sum(amount), 2)
FROM c WHERE award_date IS NOT NULL GROUP BY year(award_date)
UNION ALL
SELECT 'method', coalesce(method, 'unknown'), count(*), round(coalesce(sum(amount), 0), 2) FROM c GROUP BY method
UNION ALL
-- derogation whatever the method: a "marché spécial" is often also a direct award
SELECT 'derogation', NULL, count(*), round(coalesce(sum(amount), 0), 2) FROM c WHERE derogation
UNION ALL
SELECT 'not_awarded', NULL, count(*), NULL FROM c WHERE stage <> 'award'
