using Ops.Clients.Data;
using Ops.Sdk.Store;

namespace Ops.Clients.Import;

/// <summary>Inserts new clients from an import with the store's row inserters (prepared once, values by position):
/// the rows share one column set (the file's header), and a new client has no assignments or contacts
/// to reconcile. A client whose INN the store has already is skipped by the insert itself (no look-up first), and
/// said so. Ids are taken from max(id) + 1: the write transaction holds the write lock, so no one
/// else can insert meanwhile, and nothing has to be read back per row. Call inside Store.Write.</summary>
internal sealed class FastInserter(IStore store, DateOnly today) : IDisposable
{
    private readonly Dictionary<string, IRowInserter> _clients = new(StringComparer.Ordinal);
    private IRowInserter? _last;
    private readonly IRowInserter _domain = store.Inserter("clients_domains", ["client_id", "domain"]);
    private readonly IRowInserter _assignment = store.Inserter("clients_assignments", ["client_id", "login", "role", "from_date"]);
    private readonly IRowInserter _contact = store.Inserter("clients_contacts", ["id", "client_id", "person", "position"]);
    private readonly IRowInserter _point = store.Inserter("clients_contact_points", ["contact_id", "client_id", "kind", "value"]);
    private long _clientId = store.Scalar<long?>("SELECT max(id) FROM clients_clients") ?? 0;
    private long _contactId = store.Scalar<long?>("SELECT max(id) FROM clients_contacts") ?? 0;

    /// <summary>The new client's id, or null when a client with this INN exists (nothing was written).</summary>
    public long? Insert(ClientFields f)
    {
        var id = _clientId + 1;
        var client = ClientInserter(f);
        var values = new object?[client.Columns.Count];
        values[0] = id;
        for (var i = 1; i < values.Length; i++) values[i] = f.Columns[client.Columns[i]];
        if (!client.Insert(values)) return null;
        _clientId = id;
        foreach (var d in f.Domains ?? []) _domain.Insert(id, d);
        if (f.Lead is { } lead) _assignment.Insert(id, lead, "lead", today);
        if (f.Backup is { } backup) _assignment.Insert(id, backup, "backup", today);
        if (f.HasContact)
        {
            var contact = ++_contactId;
            _contact.Insert(contact, id, f.ContactPerson, f.ContactPosition);
            foreach (var (kind, points) in new[] { ("phone", f.Phones), ("email", f.Emails), ("messenger", f.Messengers) })
                foreach (var value in points.Distinct())
                    _point.Insert(contact, id, kind, value);
        }
        return id;
    }

    /// <summary>The insert for this row's columns (id first, the rest in name order), made the first time they are met;
    /// the last one used is checked first, without building a key (a file's rows share their columns).</summary>
    private IRowInserter ClientInserter(ClientFields f)
    {
        if (_last is { } last && Fits(last, f)) return last;
        var names = f.Columns.Keys.Order(StringComparer.Ordinal).ToList();
        var key = string.Join(",", names);
        if (!_clients.TryGetValue(key, out var inserter))
            _clients[key] = inserter = store.Inserter("clients_clients", [.. names.Prepend("id")], skipConflictOn: "inn");
        return _last = inserter;
    }

    private static bool Fits(IRowInserter inserter, ClientFields f)
    {
        if (inserter.Columns.Count != f.Columns.Count + 1) return false;
        for (var i = 1; i < inserter.Columns.Count; i++)
            if (!f.Columns.ContainsKey(inserter.Columns[i])) return false;
        return true;
    }

    public void Dispose()
    {
        foreach (var inserter in _clients.Values.Append(_domain).Append(_assignment).Append(_contact).Append(_point)) inserter.Dispose();
    }
}
