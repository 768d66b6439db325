/**
 * The canonical tables every user dataset is loaded into, whatever its source file looked like.
 * Import (`src/lib/ingest`) writes them; indicators (`src/lib/indicators`) read them.
 *
 * Money is stored in the currency's units (a header "en millions de FCFA" is scaled on import);
 * `currency` is ISO 4217. `dataset_id` names the import a row came from and `source_row` its row
 * number in that file (header = row 1), so every figure can be traced back to its lines.
 * Codes are the lower-case English ones given in the comments; labels are translated in the UI.
 */
export const BUDGET_LINES_DDL = `
CREATE TABLE IF NOT EXISTS budget_lines (
	dataset_id VARCHAR NOT NULL,
	source_row INTEGER NOT NULL,
	country VARCHAR,            -- ISO 3166-1 alpha-3 (BFA, MLI, MRT, NER, TCD…)
	year INTEGER NOT NULL,      -- fiscal year
	institution VARCHAR NOT NULL,
	sector VARCHAR NOT NULL,    -- defence | security | other
	category VARCHAR NOT NULL,  -- personnel | goods_services | capital | transfers | other
	programme VARCHAR,
	line_label VARCHAR,
	approved DOUBLE,            -- voted: loi de finances initiale
	revised DOUBLE,             -- loi de finances rectificative
	executed DOUBLE,            -- execution / loi de règlement
	currency VARCHAR NOT NULL,
	classified BOOLEAN          -- secret / special funds; NULL when the file does not say
)`;

export const CONTRACTS_DDL = `
CREATE TABLE IF NOT EXISTS contracts (
	dataset_id VARCHAR NOT NULL,
	source_row INTEGER NOT NULL,
	country VARCHAR,             -- ISO alpha-3; NULL when the file has none and none was given
	buyer VARCHAR,               -- required on award rows; a process with no award yet may have none
	reference VARCHAR,
	title VARCHAR,
	method VARCHAR,              -- OCDS procurementMethod: open | selective | limited | direct; NULL = not stated
	derogation BOOLEAN,          -- awarded under the derogatory defence-secret regime
	supplier VARCHAR,
	amount DOUBLE,               -- awarded value; NULL only on a process with no award (stage <> 'award')
	currency VARCHAR,            -- ISO 4217; NULL only where there is no amount
	award_date DATE,
	tenderers INTEGER,           -- number of bids received
	tender_period_days INTEGER,  -- whole days of the submission period; from the dates when not given
	amendments INTEGER,          -- number of amendments
	amended_amount DOUBLE,       -- value after amendments, when given
	ocid VARCHAR,                -- OCDS contracting process id (several award rows may share one)
	stage VARCHAR NOT NULL DEFAULT 'award', -- award (a plain contracts list) | tender | planning
	method_details VARCHAR,      -- OCDS procurementMethodDetails as written ("Marché spécial…")
	tender_status VARCHAR,       -- OCDS tender status: planning | planned | active | cancelled | unsuccessful | complete | withdrawn
	tender_start DATE,           -- tender/tenderPeriod/startDate
	tender_end DATE              -- tender/tenderPeriod/endDate
)`;

export const OVERSIGHT_EVENTS_DDL = `
CREATE TABLE IF NOT EXISTS oversight_events (
	dataset_id VARCHAR NOT NULL,
	source_row INTEGER NOT NULL,
	country VARCHAR,
	year_covered INTEGER NOT NULL,  -- fiscal year the document or act covers
	body VARCHAR NOT NULL,          -- parliament | court_of_auditors | inspectorate | ombudsman | government | other
	document VARCHAR NOT NULL,      -- execution_law | audit_report | enacted_budget | budget_proposal | in_year_report | year_end_report | other
	date_published DATE,
	amount_covered DOUBLE,
	currency VARCHAR
)`;

export const ALL_TABLES_DDL = [BUDGET_LINES_DDL, CONTRACTS_DDL, OVERSIGHT_EVENTS_DDL];
