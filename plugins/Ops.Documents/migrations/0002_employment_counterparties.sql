-- docs 2: what the documents need beyond the staff directory, and the counterparties the secret was given to.
-- Per employee: the job title as in the staff schedule, the legal name (Фамилия Имя Отчество, as in the labour
-- contract) and the labour contract the addendum amends (Labour Code art. 72 names the contract).
CREATE TABLE docs_employment (
    login           TEXT PRIMARY KEY,
    job_title       TEXT NOT NULL DEFAULT '',
    legal_name      TEXT NOT NULL DEFAULT '',
    contract_number TEXT NOT NULL DEFAULT '',
    contract_date   TEXT
);

-- Counterparties to whom information constituting the trade secret was provided (98-FZ art. 10 part 1 item 3).
CREATE TABLE docs_counterparties (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    inn         TEXT NOT NULL,
    contract    TEXT NOT NULL,
    information TEXT NOT NULL,
    provided_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
