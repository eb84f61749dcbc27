CREATE TABLE pay_plans (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('role', 'person')),
    target TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    source TEXT NOT NULL,
    file_name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE pay_regulations (
    code TEXT PRIMARY KEY,
    service TEXT NOT NULL,
    title TEXT NOT NULL,
    every TEXT NOT NULL CHECK (every IN ('month', 'quarter', 'year')),
    due_day INTEGER NOT NULL,
    due_offset_months INTEGER NOT NULL,
    statutory INTEGER NOT NULL,
    points INTEGER NOT NULL,
    added_at TEXT NOT NULL
);

CREATE TABLE pay_tasks (
    id INTEGER PRIMARY KEY,
    regulation TEXT NOT NULL REFERENCES pay_regulations (code),
    client_id TEXT NOT NULL,
    period TEXT NOT NULL,
    due_on TEXT NOT NULL,
    assignee TEXT,
    done_on TEXT,
    fine_kopecks INTEGER NOT NULL DEFAULT 0,
    UNIQUE (regulation, client_id, due_on)
);
CREATE INDEX pay_tasks_period ON pay_tasks (period, assignee);
CREATE INDEX pay_tasks_due ON pay_tasks (due_on);

CREATE TABLE pay_periods (
    period TEXT PRIMARY KEY,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL
);

CREATE TABLE pay_statement_lines (
    period TEXT NOT NULL REFERENCES pay_periods (period),
    login TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rule TEXT NOT NULL,
    subject TEXT NOT NULL,
    inputs TEXT NOT NULL,
    arithmetic TEXT NOT NULL,
    amount_kopecks INTEGER NOT NULL,
    PRIMARY KEY (period, login, seq)
);

CREATE VIEW pay_tasks_v1 AS
SELECT t.id, t.regulation, t.client_id, t.period, t.due_on, t.assignee, t.done_on, t.fine_kopecks, r.statutory
FROM pay_tasks t JOIN pay_regulations r ON r.code = t.regulation;
