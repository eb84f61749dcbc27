-- Host schema 3: a summary of every `ops risk` run, for the trend in the next report.
CREATE TABLE ops_risk_reports (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    score   INTEGER NOT NULL,
    high    INTEGER NOT NULL,
    medium  INTEGER NOT NULL,
    low     INTEGER NOT NULL,
    by_area TEXT NOT NULL
);
