using Ops.Sdk.Store;

namespace Ops.Clients.Data;

/// <summary>Writes validated <see cref="ClientFields"/>: the client row, its domains, lead/backup
/// assignments (closing the previous one, so history is kept) and a contact person. Call inside Store.Write.</summary>
internal sealed class ClientWriter(IStore store, DateOnly today)
{
    /// <summary>Inserts a new client; the fields must hold inn and name.</summary>
    public long Insert(ClientFields f)
    {
        var columns = f.Columns.Keys.ToList();
        var sql = $"INSERT INTO clients_clients ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        store.Execute(sql, f.Columns.AsReadOnly());
        var id = store.Scalar<long>("SELECT id FROM clients_clients WHERE inn = $Inn", new { f.Inn });
        Related(id, f);
        return id;
    }

    /// <summary>Updates the given columns of an existing client.</summary>
    public void Update(long id, ClientFields f)
    {
        if (f.Columns.TryGetValue("monthly_fee_kopecks", out var fee) && fee is long kopecks)
        {
            RecordFee(id, kopecks, f.FeeFrom ?? today);
            f.Columns.Remove("monthly_fee_kopecks");
        }
        var columns = f.Columns.Keys.Where(k => k != "inn").ToList();
        if (columns.Count > 0)
        {
            var args = new Dictionary<string, object?>(f.Columns) { ["Id"] = id };
            store.Execute($"UPDATE clients_clients SET {string.Join(", ", columns.Select(c => $"{c} = ${c}"))} WHERE id = $Id", args.AsReadOnly());
        }
        Related(id, f);
    }

    /// <summary>Keeps the fee history: the first change records the fee it replaces as held all along, then the new
    /// fee holds from <paramref name="from"/>; the client's current fee becomes the one in force today.</summary>
    private void RecordFee(long id, long kopecks, DateOnly from)
    {
        store.Execute("""
            INSERT INTO clients_fees (client_id, from_date, monthly_fee_kopecks, set_at)
            SELECT id, '0001-01-01', monthly_fee_kopecks, $Today FROM clients_clients c
            WHERE id = $Id AND NOT EXISTS (SELECT 1 FROM clients_fees f WHERE f.client_id = c.id)
            """, new { Id = id, Today = today });
        store.Execute("""
            INSERT INTO clients_fees (client_id, from_date, monthly_fee_kopecks, set_at) VALUES ($Id, $From, $Fee, $Today)
            ON CONFLICT (client_id, from_date) DO UPDATE SET monthly_fee_kopecks = excluded.monthly_fee_kopecks, set_at = excluded.set_at
            """, new { Id = id, From = from, Fee = kopecks, Today = today });
        var current = store.Scalar<long>(
            "SELECT monthly_fee_kopecks FROM clients_fees WHERE client_id = $Id AND from_date <= $Today ORDER BY from_date DESC LIMIT 1",
            new { Id = id, Today = today });
        store.Execute("UPDATE clients_clients SET monthly_fee_kopecks = $Fee WHERE id = $Id", new { Id = id, Fee = current });
    }

    private void Related(long id, ClientFields f)
    {
        if (f.Domains is { } domains)
        {
            store.Execute("DELETE FROM clients_domains WHERE client_id = $Id", new { Id = id });
            foreach (var d in domains)
                store.Execute("INSERT INTO clients_domains (client_id, domain) VALUES ($Id, $Domain)", new { Id = id, Domain = d });
        }
        if (f.LeadGiven) SetRole(id, "lead", f.Lead);
        if (f.BackupGiven) SetRole(id, "backup", f.Backup);
        if (f.HasContact) UpsertContact(id, f.ContactPerson!, f.ContactPosition, f);
    }

    /// <summary>Makes <paramref name="login"/> the only current holder of <paramref name="role"/> (null: nobody),
    /// closing other current assignments in that role as of today. Returns false when nothing changed.</summary>
    public bool SetRole(long clientId, string role, string? login)
    {
        var current = store.Query("""
            SELECT id, login FROM clients_assignments
            WHERE client_id = $Id AND role = $Role AND from_date <= $Today AND (to_date IS NULL OR to_date > $Today)
            """, r => (Id: r.GetInt64(0), Login: r.GetString(1)), new { Id = clientId, Role = role, Today = today }).ToList();
        if (login is not null && current.Count == 1 && current[0].Login == login) return false;
        foreach (var a in current.Where(a => a.Login != login))
            store.Execute("UPDATE clients_assignments SET to_date = $Today WHERE id = $Id", new { a.Id, Today = today });
        if (login is not null && current.All(a => a.Login != login)) Open(clientId, login, role, today);
        return true;
    }

    public void Open(long clientId, string login, string role, DateOnly from) =>
        store.Execute("INSERT INTO clients_assignments (client_id, login, role, from_date) VALUES ($Id, $Login, $Role, $From)",
            new { Id = clientId, Login = login, Role = role, From = from });

    /// <summary>Adds a contact person, or replaces the points of the one with the same name.</summary>
    public long UpsertContact(long clientId, string person, string position, ClientFields f)
    {
        var id = store.Scalar<long?>("SELECT id FROM clients_contacts WHERE client_id = $Client AND person = $Person",
            new { Client = clientId, Person = person });
        if (id is { } existing)
        {
            store.Execute("UPDATE clients_contacts SET position = $Position WHERE id = $Id", new { Position = position, Id = existing });
            if (f.HasContactPoints) store.Execute("DELETE FROM clients_contact_points WHERE contact_id = $Id", new { Id = existing });
            else return existing;
        }
        else
        {
            store.Execute("INSERT INTO clients_contacts (client_id, person, position) VALUES ($Client, $Person, $Position)",
                new { Client = clientId, Person = person, Position = position });
            id = store.Scalar<long>("SELECT max(id) FROM clients_contacts WHERE client_id = $Client", new { Client = clientId });
        }
        foreach (var (kind, values) in new[] { ("phone", f.Phones), ("email", f.Emails), ("messenger", f.Messengers) })
            foreach (var value in values.Distinct())
                store.Execute("INSERT INTO clients_contact_points (contact_id, client_id, kind, value) VALUES ($Contact, $Client, $Kind, $Value)",
                    new { Contact = id, Client = clientId, Kind = kind, Value = value });
        return id.Value;
    }
}
