-- Lines (extensions and trunks as the PBX names them) and what the firm knows about them.
CREATE TABLE calls_lines (
    line      TEXT PRIMARY KEY,
    kind      TEXT NOT NULL DEFAULT 'extension' CHECK (kind IN ('extension', 'trunk')),
    login     TEXT,
    corporate INTEGER NOT NULL DEFAULT 1 CHECK (corporate IN (0, 1)),
    recorded  INTEGER NOT NULL DEFAULT 0 CHECK (recorded IN (0, 1)),
    note      TEXT,
    added_on  TEXT NOT NULL
);

CREATE TABLE calls_imports (
    id       INTEGER PRIMARY KEY,
    file     TEXT NOT NULL,
    source   TEXT NOT NULL,
    at       TEXT NOT NULL,
    login    TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    added    INTEGER NOT NULL
);

-- One row per call-detail record. uid makes imports idempotent.
CREATE TABLE calls_records (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    source      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    line        TEXT,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out', 'internal')),
    number      TEXT,
    number_raw  TEXT NOT NULL,
    duration_s  INTEGER NOT NULL,
    billsec     INTEGER NOT NULL,
    answered    INTEGER NOT NULL CHECK (answered IN (0, 1)),
    disposition TEXT NOT NULL,
    import_id   INTEGER NOT NULL REFERENCES calls_imports (id)
);

CREATE INDEX calls_records_number ON calls_records (number, started_at);
CREATE INDEX calls_records_line ON calls_records (line, started_at);

CREATE VIEW calls_records_v1 AS
    SELECT id, started_at, line, direction, number, duration_s, billsec, answered, disposition FROM calls_records;

CREATE VIEW calls_lines_v1 AS
    SELECT line, kind, login, corporate, recorded FROM calls_lines;
