-- publication-dates. Input: oversight_events. Output: per country, fiscal year covered and
-- document: how many records list it and its first publication date as text (NULL when no
-- record gives one). The publication grid reads the dates of documents whose lag the
-- publication-lag indicator does not compute (budget proposal, enacted budget, in-year report).
SELECT country, year_covered AS year, document, count(*)::INTEGER AS records,
	strftime(min(date_published), '%Y-%m-%d') AS first_published
FROM oversight_events
GROUP BY ALL
