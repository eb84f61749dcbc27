-- Host schema 2: plugins installed with `ops plugins install`, pinned by the SHA-256 of every file.
CREATE TABLE ops_installed_plugins (
    id           TEXT PRIMARY KEY,
    version      TEXT NOT NULL,
    source       TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    installed_by TEXT NOT NULL
);

CREATE TABLE ops_plugin_files (
    plugin TEXT NOT NULL REFERENCES ops_installed_plugins(id) ON DELETE CASCADE,
    path   TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (plugin, path)
);
