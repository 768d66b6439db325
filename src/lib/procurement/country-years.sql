-- Competitive and derogation shares by country and award year, for the key findings. Input:
-- proc_long (proc_cube's sums, one row per sum); the view's WHERE replaces the marker and the
-- measures are those the shares need (in the contracts' own amounts, as the indicators add them
-- up). One row per country, year and sum: `overview.ts` divides them. Kept apart from
-- overview.sql, which groups by year only: a country in that grouping would return five times
-- the rows for every redraw.
SELECT country, year, measure, sum(value) AS value
FROM proc_long
/*WHERE*/
GROUP BY ALL
