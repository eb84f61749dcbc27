using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Store;

namespace Ops.Mail.Model;

/// <summary>One client the actor may see, with its raw domains and contact e-mails from the registry's views.</summary>
public sealed record ClientRecord(long Id, string Name, List<string> Domains, List<string> Emails);

/// <summary>Reads clients through the registry's published views and applies the actor's <c>clients.contacts</c>
/// scope the registry's own way: through its reach view (<see cref="ReachView.Clients"/>, docs/contracts.md), so a
/// client assigned from a future date, or no longer, is not embedded in anyone's rules.</summary>
public static class ClientSource
{
    public static (List<ClientRecord> Visible, int Hidden, string Reason) Load(IOpsContext context)
    {
        var decision = context.Access.Decide("clients.contacts");
        var args = ReachView.Args(context.Actor.Login, context.Today);
        var total = context.Store.Scalar<long>("SELECT count(*) FROM clients_v1 WHERE status <> 'left'");
        var records = context.Store.Query(
                $"SELECT c.id, c.name FROM clients_v1 c WHERE c.status <> 'left' AND {ReachView.Clients.Predicate(decision.Scope, "c.id")} ORDER BY c.id",
                r => new ClientRecord(r.Int("id"), r.Text("name"), [], []), args)
            .ToDictionary(c => c.Id);
        foreach (var (id, domain) in context.Store.Query("SELECT client_id, domain FROM client_domains_v1",
                     r => (r.Int("client_id"), r.Text("domain"))))
            if (records.TryGetValue(id, out var rec)) rec.Domains.Add(domain);
        foreach (var (id, email) in context.Store.Query(
                     "SELECT client_id, value FROM client_contact_points_v1 WHERE kind = 'email'",
                     r => (r.Int("client_id"), r.Text("value"))))
            if (records.TryGetValue(id, out var rec)) rec.Emails.Add(email);

        var reason = decision.Scope is { } s
            ? $"your clients.contacts scope is '{s.Text()}' ({decision.Reason})"
            : $"you may not see client contacts ({decision.Reason})";
        return (records.Values.ToList(), (int)total - records.Count, reason);
    }
}
