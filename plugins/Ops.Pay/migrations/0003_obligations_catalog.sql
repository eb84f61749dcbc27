-- Pay schema 3: the statutory obligations catalog loaded by a firm (`ops pay obligations load FILE`); without a
-- row the catalog shipped with the plugin is in force. Its obligations are kept in pay_regulations (code `nk.…`,
-- basis = the article) so that their tasks are ordinary tasks.
CREATE TABLE pay_catalogs (
    id        INTEGER PRIMARY KEY,
    version   TEXT NOT NULL,
    yaml      TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT NOT NULL
);

ALTER TABLE pay_regulations ADD COLUMN basis TEXT;

-- Settings the firm chooses, e.g. the insurance contributions rate `pay simulate` adds (docs/pay.md).
CREATE TABLE pay_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
