using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Store;

namespace Ops.Mail.Model;

/// <summary>One client the actor may see, with its raw domains and contact e-mails from the registry's views.</summary>
public sealed record ClientRecord(long Id, string Name, List<string> Domains, List<string> Emails);

/// <summary>Reads clients through the registry's published views and applies the actor's
/// <c>clients.contacts</c> scope (docs/contracts.md): own = owner contact, assigned = current assignment,
/// team = current assignment of anyone in the actor's team, all = every client. A wider scope includes the narrower.</summary>
public static class ClientSource
{
    public static (List<ClientRecord> Visible, int Hidden, string Reason) Load(IOpsContext context)
    {
        var decision = context.Access.Decide("clients.contacts");
        var today = DateOnly.FromDateTime(context.Clock.GetUtcNow().Date).ToIso();
        var actor = context.Actor;
        var clients = context.Store.Query(
                "SELECT id, name, owner_contact FROM clients_v1 WHERE status <> 'left' ORDER BY id",
                r => (Id: r.Int("id"), Name: r.Text("name"), Owner: r.Text("owner_contact")))
            .ToList();
        HashSet<long> visible;
        if (decision.Scope is not { } scope) visible = [];
        else if (scope == Scope.All) visible = clients.Select(c => c.Id).ToHashSet();
        else
        {
            var logins = new HashSet<string>(StringComparer.Ordinal) { actor.Login };
            if (scope == Scope.Team && actor.Team.Length > 0)
                foreach (var m in context.Staff.All().Where(m => m.Team == actor.Team)) logins.Add(m.Login);
            var assigned = scope >= Scope.Assigned
                ? context.Store.Query(
                        "SELECT client_id, login FROM client_assignments_v1 WHERE to_date IS NULL OR to_date > $Today",
                        r => (Id: r.Int("client_id"), Login: r.Text("login")), new { Today = today })
                    .Where(a => logins.Contains(a.Login)).Select(a => a.Id).ToHashSet()
                : [];
            visible = clients.Where(c => c.Owner == actor.Login || assigned.Contains(c.Id)).Select(c => c.Id).ToHashSet();
        }

        var records = clients.Where(c => visible.Contains(c.Id))
            .ToDictionary(c => c.Id, c => new ClientRecord(c.Id, c.Name, [], []));
        foreach (var (id, domain) in context.Store.Query("SELECT client_id, domain FROM client_domains_v1",
                     r => (r.Int("client_id"), r.Text("domain"))))
            if (records.TryGetValue(id, out var rec)) rec.Domains.Add(domain);
        foreach (var (id, email) in context.Store.Query(
                     "SELECT client_id, value FROM client_contact_points_v1 WHERE kind = 'email'",
                     r => (r.Int("client_id"), r.Text("value"))))
            if (records.TryGetValue(id, out var rec)) rec.Emails.Add(email);

        var hidden = clients.Count - records.Count;
        var reason = decision.Scope is { } s
            ? $"your clients.contacts scope is '{s.ToString().ToLowerInvariant()}' ({decision.Reason})"
            : $"you may not see client contacts ({decision.Reason})";
        return (records.Values.OrderBy(r => r.Id).ToList(), hidden, reason);
    }
}
