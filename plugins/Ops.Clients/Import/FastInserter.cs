using System.Data.Common;
using Ops.Clients.Data;
using Ops.Sdk.Store;

namespace Ops.Clients.Import;

/// <summary>Inserts new clients from an import with prepared statements reused for every row: the
/// rows share one column set (the file's header), and a new client has no assignments or contacts
/// to reconcile. Ids are taken from max(id) + 1: the write transaction holds the write lock, so no one
/// else can insert meanwhile, and nothing has to be read back per row. Call inside Store.Write.</summary>
internal sealed class FastInserter(IStore store, DateOnly today) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private long _clientId = store.Scalar<long?>("SELECT max(id) FROM clients_clients") ?? 0;
    private long _contactId = store.Scalar<long?>("SELECT max(id) FROM clients_contacts") ?? 0;

    public long Insert(ClientFields f)
    {
        var columns = f.Columns.Keys.Order(StringComparer.Ordinal).Prepend("id").ToList();
        var key = "client:" + string.Join(",", columns);
        var id = ++_clientId;
        Run(key, $"INSERT INTO clients_clients ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})",
            columns, c => c == "id" ? id : f.Columns[c]);
        foreach (var d in f.Domains ?? [])
            Run("domain", "INSERT INTO clients_domains (client_id, domain) VALUES ($client_id, $domain)",
                ["client_id", "domain"], c => c == "client_id" ? id : d);
        foreach (var (role, login) in new[] { ("lead", f.Lead), ("backup", f.Backup) })
            if (login is not null)
                Run("assignment", "INSERT INTO clients_assignments (client_id, login, role, from_date) VALUES ($client_id, $login, $role, $from_date)",
                    ["client_id", "login", "role", "from_date"], c => c switch { "client_id" => id, "login" => login, "role" => role, _ => today });
        if (f.HasContact)
        {
            var contact = ++_contactId;
            Run("contact", "INSERT INTO clients_contacts (id, client_id, person, position) VALUES ($id, $client_id, $person, $position)",
                ["id", "client_id", "person", "position"], c => c switch { "id" => contact, "client_id" => id, "person" => f.ContactPerson, _ => f.ContactPosition });
            foreach (var (kind, values) in new[] { ("phone", f.Phones), ("email", f.Emails), ("messenger", f.Messengers) })
                foreach (var value in values.Distinct())
                    Run("point", "INSERT INTO clients_contact_points (contact_id, client_id, kind, value) VALUES ($contact_id, $client_id, $kind, $value)",
                        ["contact_id", "client_id", "kind", "value"], c => c switch { "contact_id" => contact, "client_id" => id, "kind" => kind, _ => value });
        }
        return id;
    }

    private void Run(string key, string sql, IReadOnlyList<string> names, Func<string, object?> value)
    {
        if (!_commands.TryGetValue(key, out var cmd))
        {
            cmd = store.Command(sql, names.ToDictionary(n => n, _ => (object?)null).AsReadOnly());
            cmd.Prepare();
            _commands[key] = cmd;
        }
        foreach (var n in names) cmd.Parameters["$" + n].Value = ToDb(value(n));
        cmd.ExecuteNonQuery();
    }

    private static object ToDb(object? v) => v switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => v,
    };

    public void Dispose()
    {
        foreach (var c in _commands.Values) c.Dispose();
    }
}
