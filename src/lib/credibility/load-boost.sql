-- credibility load BOOST. Input: the CSV registered at the path put in read_csv below.
-- Output: table boost, one row per CSV line with its file row number (header = 1), the country's
-- currency (the source's amounts are in current local currency units, data/manifest.json) and
-- is_total. The source spells its total sector 'Toatal': both spellings mark the total line,
-- whose sector lines (education, health, …) are parts, not additions.
CREATE OR REPLACE TABLE boost AS
WITH raw AS (
	SELECT row_number() OVER () + 1 AS source_row, *
	FROM read_csv(/* path */, header = true, delim = ',', quote = '"', columns = {
		'country': 'VARCHAR', 'year': 'INTEGER', 'budget_line': 'VARCHAR', 'sector': 'VARCHAR',
		'spending_type': 'VARCHAR', 'approved': 'DOUBLE', 'executed': 'DOUBLE'})
)
SELECT r.source_row::INTEGER AS source_row, r.country, r.year, r.budget_line,
	CASE WHEN r.sector = 'Toatal' THEN 'Total' ELSE r.sector END AS sector,
	r.spending_type, r.approved, r.executed, c.currency,
	r.sector IN ('Toatal', 'Total') AS is_total
FROM raw r
LEFT JOIN (VALUES ('BFA', 'XOF'), ('MLI', 'XOF'), ('MRT', 'MRU'), ('NER', 'XOF'), ('TCD', 'XAF'))
	AS c(country, currency) ON c.country = r.country
