-- One SIPRI series for the G5 Sahel countries over a range of years.
-- Inputs: table milex(country, year, series, value, status);
--         params: ?1 series id, ?2 first year, ?3 last year.
-- Output: country, year, value, status — value is NULL where SIPRI has no figure, so the
-- chart draws a gap, never a zero (SIPRI's markers are kept in `status`).
SELECT country, year, value, status
FROM milex
WHERE series = ?
	AND year BETWEEN ? AND ?
	AND country IN ('BFA', 'MLI', 'MRT', 'NER', 'TCD')
ORDER BY country, year
