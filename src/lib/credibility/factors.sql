-- credibility factors. Input: milex (SIPRI, data/sipri-milex.csv).
-- Output: per country and year, the factor that turns an amount in the country's current local
-- currency into constant 2023 US$ (units):
--   factor = usd_constant_2023 (US$ m) × 1 000 000 ÷ lcu_current (local currency units)
-- i.e. SIPRI's own ratio for that country's military spending, which folds in both the exchange
-- rate and US inflation to 2023. Only years where SIPRI publishes both values ('ok') qualify.
SELECT l.country, l.year, c.currency, u.value * 1e6 / l.value AS factor
FROM milex l
JOIN milex u ON u.country = l.country AND u.year = l.year
-- SIPRI's local currency per country (data/manifest.json, "currencies"): a line recorded in
-- another currency (e.g. old ouguiya MRO) gets no factor rather than a wrong one
JOIN (VALUES ('BFA', 'XOF'), ('MLI', 'XOF'), ('MRT', 'MRU'), ('NER', 'XOF'), ('TCD', 'XAF'))
	AS c(country, currency) ON c.country = l.country
WHERE l.series = 'lcu_current' AND u.series = 'usd_constant_2023'
	AND l.status = 'ok' AND u.status = 'ok'
	-- a zero local figure would give an infinite factor
	AND l.value > 0
