using Ops.Sdk;
using Ops.Sdk.Directory;
using Ops.Sdk.Store;

namespace Ops.Clients.Watch;

/// <summary>An audit event about one client, from the host's ops_audit_records_v1.</summary>
internal sealed record ClientEvent(long EventId, DateOnly Day, string Actor, string Action, long? Client);

/// <summary>Who served which client when.</summary>
internal sealed record Assignment(long Client, string Login, string Role, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || To > day);
}

/// <summary>A client as the relationship rules see it.</summary>
internal sealed record ClientInfo(long Id, string Name, bool IsKey, string? Owner, DateOnly? LastOwnerContact);

/// <summary>Everything the rules read, loaded once: audit events from <paramref name="from"/>, assignments, clients, staff.</summary>
internal sealed class WatchData
{
    public WatchData(IOpsContext context, DateOnly from)
    {
        var store = context.Store;
        Staff = context.Staff.All().ToDictionary(s => s.Login, StringComparer.Ordinal);
        Events = store.Query("""
            SELECT event_id, at, actor, action, record FROM ops_audit_records_v1
            WHERE action LIKE 'clients.%' AND result = 'ok' AND at >= $From
            ORDER BY event_id
            """, r =>
        {
            var record = r.GetString(4);
            long? client = record.StartsWith("client:", StringComparison.Ordinal) && long.TryParse(record[7..], out var id) ? id : null;
            return new ClientEvent(r.GetInt64(0), DateOnly.ParseExact(r.GetString(1)[..10], "yyyy-MM-dd"), r.GetString(2), r.GetString(3), client);
        }, new { From = from }).ToList();
        Assignments = store.Query("SELECT client_id, login, role, from_date, to_date FROM clients_assignments",
            r => new Assignment(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Date("from_date")!.Value, r.Date("to_date")))
            .ToLookup(a => a.Client);
        Clients = store.Query("SELECT id, name, is_key, owner_contact, last_owner_contact_on FROM clients_clients WHERE status = 'active'",
            r => new ClientInfo(r.GetInt64(0), r.GetString(1), r.Flag("is_key"), r.TextOrNull("owner_contact"), r.Date("last_owner_contact_on"))).ToList();
        Owners = store.Query("SELECT id, owner_contact FROM clients_clients WHERE owner_contact IS NOT NULL",
            r => (r.GetInt64(0), r.GetString(1))).ToDictionary(x => x.Item1, x => x.Item2);
    }

    public Dictionary<long, string> Owners { get; }

    public Dictionary<string, StaffMember> Staff { get; }
    public List<ClientEvent> Events { get; }
    public ILookup<long, Assignment> Assignments { get; }
    public List<ClientInfo> Clients { get; }

    public bool Serves(string login, long client, DateOnly day) =>
        Owners.GetValueOrDefault(client) == login || Assignments[client].Any(a => a.Login == login && a.Covers(day));

    public bool IsOverseer(string login) => Staff.TryGetValue(login, out var s) && WatchOptions.Overseers.Contains(s.Role);

    public bool IsDeparting(string login, DateOnly today) => Staff.TryGetValue(login, out var s) && s.NoticeDate is not null && s.NoticeDate <= today;
}
