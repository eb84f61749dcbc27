using Ops.Clients.Access;
using Ops.Sdk;
using Ops.Sdk.Directory;
using Ops.Sdk.Store;

namespace Ops.Clients.Departure;

/// <summary>A client she served at some time since her notice, with its lead now: the owner's call list is drawn from these,
/// so it outlives the handover.</summary>
internal sealed record ServedClient(long ClientId, string Name, string Inn, long FeeKopecks, bool IsKey, string? OwnerContact,
    DateOnly? LastOwnerContactOn, string? LeadNow);

/// <summary>What a handover is planned from: her current assignments, who may take them and what they serve now, and the
/// clients she served since her notice.</summary>
internal sealed record HandoverInputs(StaffMember Person, IReadOnlyList<HeldAssignment> Held, IReadOnlyList<Taker> Takers,
    ILookup<long, string> ServingNow, IReadOnlyList<ServedClient> Served)
{
    public IReadOnlyList<HandoverMove> Plan() => HandoverPlanner.Plan(Held, Takers, ServingNow);

    /// <summary>Her key clients for the owner to call, largest fee first: the ones flagged key, and her three largest.</summary>
    public IReadOnlyList<ServedClient> KeyClients()
    {
        var largest = Served.Take(3).Select(c => c.ClientId).ToHashSet();
        return Served.Where(c => c.IsKey || largest.Contains(c.ClientId)).ToList();
    }

    /// <summary>True when the owner's last personal contact is on or after her notice.</summary>
    public bool Called(ServedClient client) =>
        client.LastOwnerContactOn is { } on && (Person.NoticeDate is not { } notice || on >= notice);
}

internal static class HandoverData
{
    /// <summary>Takers: working people (no notice, no last day recorded, not left) of her team — the whole firm when her team
    /// is empty or has nobody else — who have her role or serve a client now.</summary>
    public static HandoverInputs Load(IOpsContext context, StaffMember person, DateOnly today)
    {
        var args = new { Login = person.Login, Today = today, Since = person.NoticeDate ?? today };
        var held = context.Store.Query("""
            SELECT a.id, a.client_id, a.role, c.name, c.inn, c.monthly_fee_kopecks
            FROM clients_assignments a JOIN clients_clients c ON c.id = a.client_id
            WHERE a.login = $Login AND c.status <> 'left' AND a.from_date <= $Today AND (a.to_date IS NULL OR a.to_date > $Today)
            ORDER BY a.client_id, a.role
            """, r => new HeldAssignment(r.GetInt64(0), r.GetInt64(1), r.Text("name"), r.Text("inn"), r.GetInt64(5), r.Text("role")), args).ToList();
        var serving = context.Store.Query("""
            SELECT DISTINCT a.client_id, a.login, c.monthly_fee_kopecks
            FROM clients_assignments a JOIN clients_clients c ON c.id = a.client_id
            WHERE c.status <> 'left' AND a.from_date <= $Today AND (a.to_date IS NULL OR a.to_date > $Today)
            """, r => (Client: r.GetInt64(0), Login: r.GetString(1), Fee: r.GetInt64(2)), args).ToList();
        var working = context.Staff.All()
            .Where(m => m.Login != person.Login && !m.HasLeft(today) && m.Status == StaffStatus.Active && m.NoticeDate is null && m.LeavingDate is null)
            .Where(m => m.Role == person.Role || serving.Any(s => s.Login == m.Login))
            .ToList();
        var team = working.Where(m => person.Team.Length > 0 && m.Team == person.Team).ToList();
        var takers = (team.Count > 0 ? team : working).Select(m =>
        {
            var mine = serving.Where(s => s.Login == m.Login).DistinctBy(s => s.Client).ToList();
            return new Taker(m.Login, mine.Sum(s => s.Fee), mine.Count);
        }).ToList();
        var served = context.Store.Query("""
            SELECT c.id, c.name, c.inn, c.monthly_fee_kopecks, c.is_key, c.owner_contact, c.last_owner_contact_on,
                   (SELECT min(l.login) FROM clients_assignments l WHERE l.client_id = c.id AND l.role = 'lead'
                        AND l.from_date <= $Today AND (l.to_date IS NULL OR l.to_date > $Today)) AS lead_now
            FROM clients_clients c
            WHERE c.status <> 'left' AND EXISTS (SELECT 1 FROM clients_assignments a WHERE a.client_id = c.id AND a.login = $Login
                AND a.from_date <= $Today AND (a.to_date IS NULL OR a.to_date > $Since))
            ORDER BY c.monthly_fee_kopecks DESC, c.id
            """, r => new ServedClient(r.GetInt64(0), r.Text("name"), r.Text("inn"), r.GetInt64(3), r.GetInt64(4) == 1,
                r.TextOrNull("owner_contact"), r.Date("last_owner_contact_on"), r.TextOrNull("lead_now")), args).ToList();
        return new HandoverInputs(person, held, takers, serving.ToLookup(s => s.Client, s => s.Login), served);
    }

    /// <summary>Whether <paramref name="context"/>'s actor holds <paramref name="permission"/> over every one of her clients.</summary>
    public static IReadOnlyList<long> Outside(IOpsContext context, string permission, IEnumerable<long> clients, DateOnly today)
    {
        var ids = clients.Distinct().ToList();
        if (ids.Count == 0) return [];
        var decision = context.Access.Decide(permission);
        if (!decision.Allowed) context.Access.Demand(permission);
        var args = ClientScope.Args(context.Actor.Login, today);
        var covered = context.Store.Query($"SELECT c.id FROM clients_clients c WHERE {ClientScope.Predicate(decision.Scope)}",
            r => r.GetInt64(0), args).ToHashSet();
        return ids.Where(id => !covered.Contains(id)).ToList();
    }
}
