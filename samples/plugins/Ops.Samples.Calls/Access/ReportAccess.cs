using Ops.Sdk;
using Ops.Sdk.Access;

namespace Ops.Samples.Calls.Access;

/// <summary>What a report may show the actor: clients within both calls.report and clients.view, and contact
/// numbers unmasked only within clients.contacts as well. A report never reaches further than the registry would.</summary>
internal sealed class ReportAccess
{
    private ReportAccess(IOpsContext ops, Scope view, Scope? contacts, string contactsReason)
    {
        Ops = ops;
        View = view;
        Contacts = contacts;
        ContactsReason = contactsReason;
        Today = ops.Today;
    }

    public IOpsContext Ops { get; }
    public Scope View { get; }
    public Scope? Contacts { get; }
    public string ContactsReason { get; }
    public DateOnly Today { get; }

    /// <summary>Demands calls.report and clients.view (each throws and audits a denial).</summary>
    public static ReportAccess Demand(IOpsContext ops)
    {
        var report = ops.Access.Demand(Permissions.Report);
        var view = ops.Access.Demand(Permissions.ClientsView);
        var scope = ScopeText.Narrower(report, view)!.Value;
        var contacts = ops.Access.Decide(Permissions.ClientsContacts);
        return new ReportAccess(ops, scope, ScopeText.Narrower(scope, contacts.Scope), contacts.Reason);
    }

    /// <summary>Every client, every contact: for risk checks, which show ids and counts only.</summary>
    public static ReportAccess Firmwide(IOpsContext ops) => new(ops, Scope.All, null, "risk checks show no contacts");

    /// <summary>SQL true for the clients (alias <paramref name="alias"/>) the report may show: the registry's own
    /// reach (client_reach_v1), never a copy of its rules.</summary>
    public string ViewSql(string alias = "c") => ReachView.Clients.Predicate(View, alias + ".id");
    public string ContactsSql(string alias = "c") => ReachView.Clients.Predicate(Contacts, alias + ".id");
    public Dictionary<string, object?> Args() => ReachView.Args(Ops.Actor.Login, Today);

    /// <summary>The ids of clients (of <paramref name="ids"/>) whose contacts the actor may see unmasked.</summary>
    public HashSet<long> Unmasked(IEnumerable<long> ids)
    {
        var wanted = ids.ToHashSet();
        if (wanted.Count == 0 || Contacts is null) return [];
        return Ops.Store.Query($"SELECT c.id FROM clients_v1 c WHERE {ContactsSql()}", r => r.GetInt64(0), Args())
            .Where(wanted.Contains).ToHashSet();
    }

    public string MaskNote(int masked) => Contacts is null
        ? $"the numbers of {masked} client(s) are masked: {ContactsReason}"
        : $"the numbers of {masked} client(s) are masked: clients.contacts (with calls.report and clients.view) reaches {Contacts.Text()} clients only";
}
