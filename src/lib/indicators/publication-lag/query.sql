-- publication-lag. Input: oversight_events.
-- Output: per country, fiscal year covered and document (group 'document'), value = days
-- between the end of the fiscal year (31 December: the five countries' fiscal year is the
-- calendar year) and the first publication; score 'on_time' | 'late' against PEFA 2016 PI-9:
--   year_end_report (annual budget execution report): 6 months after year end (element 4);
--   execution_law (loi de règlement) and audit_report: 12 months (element 5, audited annual
--   financial report with the external auditor's report).
-- Other documents have deadlines relative to dates the data do not hold: not computed.
WITH documents AS (
	SELECT country, year_covered AS year, document, min(date_published) AS first_published,
		CASE document WHEN 'year_end_report' THEN 6 ELSE 12 END AS months
	FROM oversight_events
	WHERE document IN ('year_end_report', 'execution_law', 'audit_report')
	GROUP BY ALL
)
SELECT country, year, 'document' AS group_by, document AS group_name,
	date_diff('day', make_date(year, 12, 31), first_published) AS value,
	-- deadline = last day of the month that is `months` months after year end
	CASE WHEN first_published IS NULL THEN NULL
		WHEN first_published <= last_day(make_date(year + 1, months, 1)) THEN 'on_time'
		ELSE 'late' END AS score
FROM documents
