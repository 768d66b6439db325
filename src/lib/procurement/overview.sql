-- Overview of the selected contracts. Input: proc_long (proc_cube's sums, one row per sum);
-- the view's WHERE replaces the marker. One row per award year, method, currency unit, dataset
-- and sum: `overview.ts` pivots them, then adds them up by year (derogation line, year totals)
-- and over everything (red flags). Sums of sums are exact.
SELECT year, method, unit, dataset_id, measure, sum(value) AS value
FROM proc_long
/*WHERE*/
GROUP BY ALL
