-- credibility SIPRI in local currency. Input: milex (SIPRI, data/sipri-milex.csv).
-- Output: country, year, value = SIPRI's military expenditure in current local currency units
-- (CFA francs; Mauritania in new ouguiya, MRU), the series the finance laws are written in.
-- Only values SIPRI publishes ('ok'): a missing year stays missing, never 0.
SELECT country, year, value
FROM milex
WHERE series = 'lcu_current' AND status = 'ok'
ORDER BY country, year
