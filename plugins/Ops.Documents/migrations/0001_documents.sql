-- docs 1: the list of secret information, firm template overrides, signatures and adoptions.
CREATE TABLE docs_secrets (
    id         INTEGER PRIMARY KEY,
    title_ru   TEXT NOT NULL,
    title_en   TEXT NOT NULL,
    added_on   TEXT NOT NULL,
    removed_on TEXT
);

-- A firm's own template for a document, imported with `ops docs templates import DIR`.
CREATE TABLE docs_templates (
    doc         TEXT NOT NULL,
    lang        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    PRIMARY KEY (doc, lang)
);

-- One signature of one person under one version of a personal document.
CREATE TABLE docs_signatures (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL,
    doc         TEXT NOT NULL,
    version     INTEGER NOT NULL,
    signed_on   TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (login, doc, version)
);
CREATE INDEX docs_signatures_doc ON docs_signatures (doc, version);

-- A firm-level document put in force by the director's order (regulation, list, client clause).
-- fingerprint pins the content the order approved (for the list: its items), so a later change shows.
CREATE TABLE docs_adoptions (
    id          INTEGER PRIMARY KEY,
    doc         TEXT NOT NULL,
    version     INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    adopted_on  TEXT NOT NULL,
    order_ref   TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

INSERT INTO docs_secrets (title_ru, title_en, added_on) VALUES
 ('Клиентская база: наименования клиентов, их ИНН и сведения об обслуживании фирмой', 'The client base: client names, their INNs and what the firm does for them', '2000-01-01'),
 ('Контактные лица клиентов, их должности, телефоны, адреса электронной почты и мессенджеры', 'Clients'' contact persons, their positions, phones, e-mail addresses and messengers', '2000-01-01'),
 ('Размер вознаграждения фирмы и условия договоров с клиентами', 'The firm''s fees and the terms of its contracts with clients', '2000-01-01'),
 ('Бухгалтерские, налоговые и кадровые данные клиентов, ставшие известными при оказании услуг', 'Clients'' accounting, tax and payroll data learned while serving them', '2000-01-01'),
 ('Пароли, ключи электронной подписи и доступы к системам клиентов и фирмы', 'Passwords, e-signature keys and access to the clients'' and the firm''s systems', '2000-01-01'),
 ('Внутренние методики, регламенты и чек-листы оказания услуг', 'The firm''s internal methods, procedures and service checklists', '2000-01-01'),
 ('Сведения о переговорах с потенциальными клиентами', 'Negotiations with prospective clients', '2000-01-01');

CREATE VIEW docs_signatures_v1 AS
    SELECT login, doc, version, signed_on FROM docs_signatures;

CREATE VIEW docs_secrets_v1 AS
    SELECT id, title_ru, title_en, added_on FROM docs_secrets WHERE removed_on IS NULL;
