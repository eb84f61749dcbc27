-- Client registry schema 3: effective-dated fees, and the client's tax profile.
-- A fee row holds from its from_date until the next row's; a client without rows has had its current fee all along.
-- `ops clients update ID --fee X --from DATE` adds a row (the first change also records the fee it replaces from
-- 0001-01-01), so a pay period already calculated keeps the fee it was calculated with.
CREATE TABLE clients_fees (
    client_id           INTEGER NOT NULL REFERENCES clients_clients (id),
    from_date           TEXT NOT NULL,
    monthly_fee_kopecks INTEGER NOT NULL,
    set_at              TEXT NOT NULL,
    PRIMARY KEY (client_id, from_date)
);

-- The tax profile that decides which statutory obligations apply (docs/calendar.md): regime, employer, VAT payer.
ALTER TABLE clients_clients ADD COLUMN tax_regime TEXT CHECK (tax_regime IN ('ОСНО', 'УСН', 'ПСН', 'АУСН'));
ALTER TABLE clients_clients ADD COLUMN employer INTEGER CHECK (employer IN (0, 1));
ALTER TABLE clients_clients ADD COLUMN vat_payer INTEGER CHECK (vat_payer IN (0, 1));

-- Published contract views (docs/contracts.md).
CREATE VIEW client_fees_v1 AS
    SELECT client_id, from_date, monthly_fee_kopecks FROM clients_fees
    UNION ALL
    SELECT c.id, '0001-01-01', c.monthly_fee_kopecks FROM clients_clients c
    WHERE NOT EXISTS (SELECT 1 FROM clients_fees f WHERE f.client_id = c.id);

CREATE VIEW client_tax_profiles_v1 AS
    SELECT id AS client_id, legal_form, tax_regime, employer, vat_payer FROM clients_clients;
