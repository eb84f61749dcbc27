-- The mail policy as key/value pairs (lists are comma-separated), with defaults.
CREATE TABLE mail_policy (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO mail_policy (key, value) VALUES
    ('revision', '0'),
    ('archive', ''),
    ('copy_incoming', 'yes'),
    ('copy_outgoing', 'yes'),
    ('cover_roles', '*'),
    ('exceptions', ''),
    ('shared_address', ''),
    ('notice_subject', 'Please write to our corporate address'),
    ('notice', 'Thank you for your letter. Please send correspondence about your company to {shared} so that it reaches the whole team.'),
    ('free_mail_domains', 'gmail.com,googlemail.com,mail.ru,bk.ru,inbox.ru,list.ru,yandex.ru,ya.ru,yahoo.com,outlook.com,hotmail.com,icloud.com,rambler.ru'),
    ('free_mail_action', 'flag'),
    ('leaving_copy_all', 'yes'),
    ('leaving_notice', '{name} no longer handles your company''s affairs. Please write to {contact}.'),
    ('leaving_contact', '');

-- What the last `ops mail generate` embedded per target, for the coverage report and risk checks.
CREATE TABLE mail_generations (
    target            TEXT PRIMARY KEY,
    generated_at      TEXT NOT NULL,
    generated_by      TEXT NOT NULL,
    generator_version TEXT NOT NULL,
    policy_revision   INTEGER NOT NULL,
    clients_mode      TEXT NOT NULL
);

CREATE TABLE mail_generated_items (
    target TEXT NOT NULL REFERENCES mail_generations(target) ON DELETE CASCADE,
    kind   TEXT NOT NULL CHECK (kind IN ('mailbox', 'domain', 'address')),
    value  TEXT NOT NULL,
    PRIMARY KEY (target, kind, value)
);
