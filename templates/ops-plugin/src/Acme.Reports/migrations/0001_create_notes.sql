-- Tables are prefixed with the plugin id; others read them only through the published view.
CREATE TABLE acme_reports_notes (
    id         INTEGER PRIMARY KEY,
    author     TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE VIEW acme_reports_notes_v1 AS SELECT id, author, text, created_at FROM acme_reports_notes;
