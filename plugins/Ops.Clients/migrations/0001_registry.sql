-- Client registry schema 1: clients, contacts, domains, assignments, exports with canaries, settings.
CREATE TABLE clients_clients (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL,
    inn                   TEXT NOT NULL UNIQUE,
    kpp                   TEXT,
    ogrn                  TEXT,
    legal_form            TEXT,
    status                TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'left')),
    left_on               TEXT,
    left_reason           TEXT,
    left_with             TEXT,
    monthly_fee_kopecks   INTEGER NOT NULL DEFAULT 0,
    services              TEXT NOT NULL DEFAULT '',
    is_key                INTEGER NOT NULL DEFAULT 0,
    owner_contact         TEXT,
    last_owner_contact_on TEXT,
    started_on            TEXT
);

CREATE TABLE clients_contacts (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients_clients(id),
    person    TEXT NOT NULL,
    position  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clients_contacts_client ON clients_contacts (client_id);

CREATE TABLE clients_contact_points (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES clients_contacts(id) ON DELETE CASCADE,
    client_id  INTEGER NOT NULL REFERENCES clients_clients(id),
    kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'messenger')),
    value      TEXT NOT NULL
);
CREATE INDEX clients_contact_points_client ON clients_contact_points (client_id);

CREATE TABLE clients_domains (
    client_id INTEGER NOT NULL REFERENCES clients_clients(id),
    domain    TEXT NOT NULL,
    PRIMARY KEY (client_id, domain)
);

CREATE TABLE clients_assignments (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients_clients(id),
    login     TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('lead', 'backup')),
    from_date TEXT NOT NULL,
    to_date   TEXT
);
CREATE INDEX clients_assignments_client ON clients_assignments (client_id);
CREATE INDEX clients_assignments_login ON clients_assignments (login);

-- Every export, what it held and its canaries, so that trace can name a leaked file's source.
CREATE TABLE clients_exports (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    real_actor TEXT NOT NULL,
    filter     TEXT NOT NULL,
    format     TEXT NOT NULL,
    row_count  INTEGER NOT NULL
);

CREATE TABLE clients_export_rows (
    export_id INTEGER NOT NULL REFERENCES clients_exports(id),
    client_id INTEGER NOT NULL,
    PRIMARY KEY (export_id, client_id)
);

CREATE TABLE clients_export_canaries (
    id        INTEGER PRIMARY KEY,
    export_id INTEGER NOT NULL REFERENCES clients_exports(id),
    name      TEXT NOT NULL,
    inn       TEXT NOT NULL UNIQUE,
    person    TEXT NOT NULL,
    email     TEXT NOT NULL UNIQUE,
    phone     TEXT NOT NULL
);
CREATE INDEX clients_export_canaries_export ON clients_export_canaries (export_id);

CREATE TABLE clients_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Published contract views (docs/contracts.md). Never change a column's meaning; add _v2 instead.
CREATE VIEW clients_v1 AS
    SELECT id, name, inn, kpp, ogrn, legal_form, status, left_on, left_reason, left_with, monthly_fee_kopecks,
           services, is_key, owner_contact, last_owner_contact_on, started_on
    FROM clients_clients;

CREATE VIEW client_domains_v1 AS
    SELECT client_id, domain FROM clients_domains;

CREATE VIEW client_assignments_v1 AS
    SELECT client_id, login, role, from_date, to_date FROM clients_assignments;

CREATE VIEW client_contact_points_v1 AS
    SELECT p.client_id, p.contact_id, c.person, c.position, p.kind, p.value
    FROM clients_contact_points p JOIN clients_contacts c ON c.id = p.contact_id;
