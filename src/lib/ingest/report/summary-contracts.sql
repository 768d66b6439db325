-- Contracts summary of one imported dataset, shared by `vigie summary` and the import page.
-- Input: contracts; parameter 1 = dataset_id.
-- Output: (dimension, key, rows, value) rows: the total, one row per award year, one per method
-- category, the value awarded under the derogatory regime, and the contracting processes with
-- no award yet (OCDS tender or planning notices: rows with no amount, which count for red flags,
-- never in a value).
-- Method categories are the procurement view's (src/lib/procurement/method-categories.ts): the
-- stated method; else 'derogation' for the derogatory / defence-secret regime with no stated
-- method (real « marchés spéciaux » state none), never folded into 'unknown'; else 'unknown'.
-- Values add up awarded rows only (stage 'award'): a tender or plan is no awarded value.
WITH c AS (SELECT * FROM contracts WHERE dataset_id = ?),
awarded AS (SELECT * FROM c WHERE stage = 'award')
SELECT 'total' AS dimension, NULL AS key, (SELECT count(*) FROM c) AS rows,
	round(coalesce(sum(amount), 0), 2) AS value FROM awarded
UNION ALL
-- contracts without an award date count in the total but in no year
SELECT 'year', CAST(year(award_date) AS VARCHAR), count(*), round(sum(amount), 2)
FROM awarded WHERE award_date IS NOT NULL GROUP BY year(award_date)
UNION ALL
SELECT 'method', coalesce(method, CASE WHEN derogation THEN 'derogation' ELSE 'unknown' END),
	count(*), round(coalesce(sum(amount), 0), 2)
FROM awarded GROUP BY ALL
UNION ALL
-- derogation whatever the method: a "marché spécial" is often also a direct award
SELECT 'derogation', NULL, count(*), round(coalesce(sum(amount), 0), 2) FROM awarded WHERE derogation
UNION ALL
SELECT 'not_awarded', NULL, count(*), NULL FROM c WHERE stage <> 'award'
