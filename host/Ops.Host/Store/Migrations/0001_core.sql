-- Host schema 1: plugins, migrations, firm, staff, roles, grants, audit.
CREATE TABLE ops_migrations (
    plugin         TEXT NOT NULL,
    version        INTEGER NOT NULL,
    name           TEXT NOT NULL,
    plugin_version TEXT NOT NULL,
    applied_at     TEXT NOT NULL,
    PRIMARY KEY (plugin, version)
);

CREATE TABLE ops_plugins (
    id              TEXT PRIMARY KEY,
    enabled         INTEGER NOT NULL,
    defaults_seeded INTEGER NOT NULL DEFAULT 0,
    changed_at      TEXT NOT NULL
);

CREATE TABLE ops_firm (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE ops_roles (
    name        TEXT PRIMARY KEY,
    description TEXT NOT NULL
);

CREATE TABLE ops_staff (
    login        TEXT PRIMARY KEY,
    os_login     TEXT NOT NULL UNIQUE,
    full_name    TEXT NOT NULL,
    role         TEXT NOT NULL REFERENCES ops_roles(name),
    email        TEXT NOT NULL DEFAULT '',
    team         TEXT NOT NULL DEFAULT '',
    manager      TEXT REFERENCES ops_staff(login),
    hire_date    TEXT,
    notice_date  TEXT,
    leaving_date TEXT,
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'notice', 'left'))
);

CREATE TABLE ops_grants (
    subject    TEXT NOT NULL,
    permission TEXT NOT NULL,
    scope      TEXT NOT NULL CHECK (scope IN ('own', 'assigned', 'team', 'all')),
    PRIMARY KEY (subject, permission)
);

CREATE TABLE ops_audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    real_actor TEXT NOT NULL,
    command    TEXT NOT NULL,
    action     TEXT NOT NULL,
    records    TEXT NOT NULL,
    result     TEXT NOT NULL,
    details    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX ops_audit_actor_at ON ops_audit (actor, at);

-- The chain's head, updated with every append, so that cutting events off the end is detected too.
CREATE TABLE ops_audit_head (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    last_id INTEGER NOT NULL,
    hash    TEXT NOT NULL
);

-- Published contract views: other plugins read these, never the tables.
CREATE VIEW ops_staff_v1 AS
    SELECT login, full_name, role, email, team, manager, hire_date, notice_date, leaving_date, status
    FROM ops_staff;

CREATE VIEW ops_grants_v1 AS
    SELECT subject, permission, scope FROM ops_grants;

CREATE VIEW ops_audit_v1 AS
    SELECT id, at, actor, real_actor, command, action, records, result, details FROM ops_audit;
