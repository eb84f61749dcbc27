using Ops.Clients.Access;
using Ops.Clients.Watch;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Risk;

namespace Ops.Clients.Risk;

/// <summary>The clients plugin's contributions to <c>ops risk</c>. The relationship and activity checks
/// reuse the watch rules, so the two reports never disagree.</summary>
internal static class ClientRiskChecks
{
    public static IEnumerable<IRiskCheck> Create(IOpsContext context) =>
    [
        new ContactsOverexposedCheck(context),
        new FromWatch(context, "clients.single-thread", Say(context, "Relationships that run through one employee", "Связь с клиентом держится на одном сотруднике"),
            "relationships", Rules.SingleThreaded),
        new FromWatch(context, "clients.key-no-owner-contact", Say(context, "Key clients without a recent owner contact", "Ключевые клиенты без недавнего контакта с руководством"),
            "relationships", Rules.KeyWithoutOwner),
        new FromWatch(context, "clients.departing-activity", Say(context, "Departing staff's activity on clients", "Действия увольняющегося сотрудника с клиентами"), "access",
            // Her views outside her clients lead with her record too, so the report merges them with her activity.
            (d, o) => Rules.Departing(d, o).Concat(Rules.OutsideAssignment(d, o).Where(f => d.IsDeparting(f.Person!, o.Today))
                .Select(f => f with { Records = f.Records.Prepend("staff:" + f.Person).ToList() }))),
        new FromWatch(context, "clients.recent-exports", Say(context, "Client list exports in the last 30 days", "Выгрузки списка клиентов за 30 дней"), "audit", Rules.Exports),
    ];

    /// <summary>The words in the firm's language (<see cref="FirmProfile.Language"/>).</summary>
    private static string Say(IOpsContext context, string english, string russian) => context.Firm.Language == "ru" ? russian : english;

    private sealed class FromWatch(IOpsContext context, string id, string title, string area, Func<WatchData, WatchOptions, IEnumerable<Finding>> rule) : IRiskCheck
    {
        public string Id => id;
        public string Title => title;
        public string Area => area;

        public IEnumerable<RiskFinding> Run()
        {
            var today = context.Today;
            var options = new WatchOptions(today, today.AddDays(-30), Russian: context.Firm.Language == "ru");
            return rule(new WatchData(context, today.AddDays(-90)), options)
                .Select(f => new RiskFinding(id, f.Severity, title, f.Text, f.Records, f.Fix)).ToList();
        }
    }

    /// <summary>People who can see the contacts of clients they do not serve (asked per active person with DecideFor,
    /// so grants, scopes and other plugins' prerequisites all count). Owners (director, partner) are expected to.</summary>
    private sealed class ContactsOverexposedCheck(IOpsContext context) : IRiskCheck
    {
        public string Id => "clients.contacts-overexposed";
        public string Title => Say(context, "Client contacts visible to more people than serve the client", "Контакты клиентов видны тем, кто их не обслуживает");
        public string Area => "access";

        public IEnumerable<RiskFinding> Run()
        {
            var today = context.Today;
            var findings = new List<RiskFinding>();
            foreach (var person in context.Staff.All().Where(s => !s.HasLeft(today) && !WatchOptions.Overseers.Contains(s.Role)))
            {
                var view = context.Access.DecideFor(person.Login, Permissions.View);
                var contacts = context.Access.DecideFor(person.Login, Permissions.Contacts);
                if (!view.Allowed || !contacts.Allowed) continue;
                var scope = (Scope)Math.Min((int)view.Scope!.Value, (int)contacts.Scope!.Value);
                var args = ClientScope.Args(person.Login, today);
                var extra = context.Store.Query($"""
                    SELECT c.id FROM clients_clients c
                    WHERE c.status <> 'left' AND {ClientScope.Predicate(scope)} AND NOT {ClientScope.Predicate(Scope.Assigned)}
                    """, r => r.GetInt64(0), args).ToList();
                if (extra.Count == 0) continue;
                var severity = person.IsDeparting(today) || scope == Scope.All ? Severity.High : scope == Scope.Team ? Severity.Low : Severity.Medium;
                var fix = contacts.Reason.Contains("person:", StringComparison.Ordinal)
                    ? $"ops access revoke {Permissions.Contacts} --person {person.Login}"
                    : $"ops access grant {Permissions.Contacts} --role {person.Role} --scope assigned";
                findings.Add(new RiskFinding(Id, severity, Title,
                    Say(context, $"{person.Login} ({person.Role}, clients.contacts {scope.Text()}) can see the contacts of {extra.Count} client(s) they do not serve"
                        + (person.IsDeparting(today) ? $", and is leaving (last working day {person.LastWorkingDay:yyyy-MM-dd})" : ""),
                        $"{person.Login} ({person.Role}, clients.contacts {scope.Text()}) видит контакты клиентов, которых не обслуживает: {extra.Count}"
                        + (person.IsDeparting(today) ? $", последний рабочий день {person.LastWorkingDay:dd.MM.yyyy}" : "")),
                    extra.Take(200).Select(c => "client:" + c).Prepend("staff:" + person.Login).ToList(), fix));
            }
            return findings;
        }
    }
}
