-- credibility PEFA scope. Input: budget_lines (main schema).
-- Output: a temporary table named budget_lines holding only the lines the view's filters keep
-- (years excepted: a score needs the two years before each year shown). DuckDB resolves an
-- unqualified name to the temporary table first, so the registered PI-1 and PI-2 indicators run
-- unchanged (same SQL, same scoring) on the filtered lines; pefa-scores.ts drops it afterwards.
CREATE OR REPLACE TEMP TABLE budget_lines AS
SELECT * FROM main.budget_lines
/* filters */
