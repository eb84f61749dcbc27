-- Who reaches which client, and how: the one definition of what the clients.* scopes mean, which this plugin,
-- mail, the calls sample and any other plugin filter on (SDK ReachView.Clients; docs/contracts.md).
-- tie own = the owner-side contact (always); assigned = a lead or backup assignment of that person;
-- team = an assignment of someone in that person's team (the team column of ops_staff_v1, never '').
-- A row holds from from_date (inclusive; null = always) to to_date (exclusive; null = open).
CREATE VIEW client_reach_v1 AS
    SELECT id AS client_id, owner_contact AS login, 'own' AS tie, NULL AS from_date, NULL AS to_date
    FROM clients_clients
    WHERE owner_contact IS NOT NULL AND owner_contact <> ''
    UNION ALL
    SELECT client_id, login, 'assigned', from_date, to_date
    FROM clients_assignments
    UNION ALL
    SELECT a.client_id, mate.login, 'team', a.from_date, a.to_date
    FROM clients_assignments a
    JOIN ops_staff_v1 assignee ON assignee.login = a.login
    JOIN ops_staff_v1 mate ON mate.team = assignee.team
    WHERE assignee.team <> '';
