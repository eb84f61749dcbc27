using Ops.Clients.Access;
using Ops.Sdk.Store;

namespace Ops.Clients.Data;

/// <summary>Streams the clients an actor may see, each with its contacts, in id order. Contacts are read
/// by a second cursor in the same order and merged, so memory stays flat however many clients there are.</summary>
internal sealed class ClientQuery(ClientAccess access)
{
    /// <summary>Extra SQL conditions on alias c, ANDed with the view scope.</summary>
    public List<string> Where { get; } = [];

    /// <summary>Parameters the extra conditions use.</summary>
    public Dictionary<string, object?> Args { get; } = access.Args();

    private string Condition => string.Join(" AND ", new[] { access.ViewSql }.Concat(Where));

    /// <summary>What the view audit records of the listing <see cref="Run"/> shows, read without the rows: each client's
    /// id, whether it has contacts and whether the actor sees them, in the same order.</summary>
    public IEnumerable<SeenClient> Seen() => access.Context.Store.Query($"""
        SELECT c.id, CASE WHEN EXISTS (SELECT 1 FROM clients_contacts k WHERE k.client_id = c.id) THEN 1 ELSE 0 END AS has_contacts,
               CASE WHEN {access.ContactsSql} THEN 1 ELSE 0 END AS contacts_visible
        FROM clients_clients c WHERE {Condition} ORDER BY c.id
        """, r => new SeenClient(r.Int("id"), r.Flag("has_contacts"), r.Flag("contacts_visible")), Args);

    public IEnumerable<ClientRecord> Run()
    {
        var store = access.Context.Store;
        var where = Condition;
        var clients = store.Query($"SELECT {ClientRecord.Columns(access.ContactsSql)} FROM clients_clients c WHERE {where} ORDER BY c.id",
            ClientRecord.Read, Args);
        var points = store.Query($"""
            SELECT k.client_id, k.id AS contact_id, k.person, k.position, p.kind, p.value
            FROM clients_contacts k LEFT JOIN clients_contact_points p ON p.contact_id = k.id
            WHERE k.client_id IN (SELECT c.id FROM clients_clients c WHERE {where})
            ORDER BY k.client_id, k.id, p.id
            """, r => new ContactPointRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)), Args);

        using var p = points.GetEnumerator();
        var hasPoint = p.MoveNext();
        foreach (var client in clients)
        {
            while (hasPoint && p.Current.ClientId < client.Id) hasPoint = p.MoveNext();
            while (hasPoint && p.Current.ClientId == client.Id)
            {
                var cur = p.Current;
                if (client.Contacts.Count == 0 || client.Contacts[^1].Id != cur.ContactId)
                    client.Contacts.Add(new ContactRecord(cur.ContactId, cur.Person, cur.Position, []));
                if (cur.Kind is not null) client.Contacts[^1].Points.Add((cur.Kind, cur.Value!));
                hasPoint = p.MoveNext();
            }
            yield return client;
        }
    }
}

/// <summary>A client as the view audit records it: its id, whether it has contacts, whether they are shown. A class, like
/// <see cref="ContactPointRow"/>, not a struct: the host's query code is precompiled for classes only
/// (docs/architecture.md, step 2).</summary>
internal sealed record SeenClient(long Id, bool HasContacts, bool ContactsVisible)
{
    public static SeenClient Of(ClientRecord r) => new(r.Id, r.Contacts.Count > 0, r.ContactsVisible);
}

/// <summary>One row of the contacts cursor: a contact point (or a contact without one) of a client.</summary>
internal sealed record ContactPointRow(long ClientId, long ContactId, string Person, string Position, string? Kind, string? Value);
