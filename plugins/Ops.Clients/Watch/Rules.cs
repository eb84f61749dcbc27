using System.Globalization;
using Ops.Sdk.Risk;

namespace Ops.Clients.Watch;

/// <summary>The patterns that precede a client-base theft, as findings. Each rule reads <see cref="WatchData"/> only.</summary>
internal static class Rules
{
    private static readonly string[] ViewActions = ["clients.view", "clients.contacts.view"];

    public static IEnumerable<Finding> All(WatchData d, WatchOptions o) =>
        OutsideAssignment(d, o).Concat(AboveBaseline(d, o)).Concat(Departing(d, o)).Concat(Exports(d, o))
            .Concat(BulkReassignments(d, o)).Concat(SingleThreaded(d, o)).Concat(KeyWithoutOwner(d, o))
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Person).ThenBy(f => f.Kind);

    /// <summary>Views of clients the person neither serves nor owns, on the day of the view.</summary>
    public static IEnumerable<Finding> OutsideAssignment(WatchData d, WatchOptions o)
    {
        var outside = d.Events.Where(e => e.Day >= o.Since && e.Client is not null && ViewActions.Contains(e.Action)
                                          && !d.IsOverseer(e.Actor) && !d.Serves(e.Actor, e.Client.Value, e.Day));
        foreach (var person in outside.GroupBy(e => e.Actor))
        {
            var clients = person.Select(e => e.Client!.Value).Distinct().ToList();
            var contacts = person.Where(e => e.Action == "clients.contacts.view").Select(e => e.Client!.Value).Distinct().ToList();
            var severity = contacts.Count >= 5 ? Severity.High : contacts.Count > 0 || clients.Count >= 10 ? Severity.Medium : Severity.Low;
            yield return new Finding(severity, "outside-assignment", person.Key,
                o.T($"{person.Key} viewed {clients.Count} client(s) they do not serve since {o.Since:yyyy-MM-dd}, with contact details of {contacts.Count}",
                    $"{person.Key} с {o.Since:dd.MM.yyyy} просматривает клиентов, которых не обслуживает: {clients.Count}, из них с контактами: {contacts.Count}"),
                clients.Select(c => "client:" + c).ToList(),
                $"ops audit list --actor {person.Key}; {o.T("narrow access", "сузить доступ")}: ops access explain {person.Key} clients.contacts");
        }
    }

    /// <summary>Days on which a person viewed far more clients than on their usual days.</summary>
    public static IEnumerable<Finding> AboveBaseline(WatchData d, WatchOptions o)
    {
        var daily = d.Events.Where(e => e.Client is not null && ViewActions.Contains(e.Action))
            .GroupBy(e => (e.Actor, e.Day)).Select(g => (g.Key.Actor, g.Key.Day, Count: g.Select(e => e.Client).Distinct().Count())).ToList();
        foreach (var (actor, day, count) in daily.Where(x => x.Day >= o.Since))
        {
            var history = daily.Where(x => x.Actor == actor && x.Day < day && x.Day >= day.AddDays(-30)).Select(x => x.Count).ToList();
            var baseline = history.Count >= 3 ? history.Average() : 0;
            var threshold = history.Count >= 3 ? Math.Max(baseline * 3, baseline + 10) : 50;
            if (count <= threshold) continue;
            yield return new Finding(count >= threshold * 2 ? Severity.High : Severity.Medium, "above-baseline", actor,
                o.T($"{actor} viewed {count} client(s) on {day:yyyy-MM-dd}; usual is {baseline:0.#} a day ({history.Count} day(s) of history)",
                    $"{actor} {day:dd.MM.yyyy} просмотрел(а) клиентов: {count}; обычно {baseline:0.#} в день (история за {history.Count} дн.)"),
                ["staff:" + actor], $"ops audit list --actor {actor}");
        }
    }

    /// <summary>Any activity from the look-back window before notice up to the leaving date.</summary>
    public static IEnumerable<Finding> Departing(WatchData d, WatchOptions o)
    {
        foreach (var s in d.Staff.Values.Where(s => s.NoticeDate is { } n && n <= o.Today))
        {
            var from = s.NoticeDate!.Value.AddDays(-o.LookbackDays);
            var to = s.LeavingDate ?? o.Today;
            var events = d.Events.Where(e => e.Actor == s.Login && e.Day >= from && e.Day <= to).ToList();
            if (events.Count == 0 || to < o.Since.AddDays(-o.LookbackDays)) continue;
            var viewed = events.Where(e => e.Client is not null && ViewActions.Contains(e.Action)).Select(e => e.Client!.Value).Distinct().ToList();
            var contactsOutside = events.Where(e => e.Action == "clients.contacts.view" && e.Client is { } c && !d.Serves(s.Login, c, e.Day))
                .Select(e => e.Client!.Value).Distinct().Count();
            var exports = events.Where(e => e.Action == "clients.export").Select(e => e.EventId).Distinct().Count();
            var severity = exports > 0 || contactsOutside > 0 ? Severity.High : Severity.Medium;
            yield return new Finding(severity, "departing-activity", s.Login,
                o.T($"{s.Login} gave notice on {s.NoticeDate:yyyy-MM-dd} (leaving; last working day {s.LastWorkingDay:yyyy-MM-dd}); from {from:yyyy-MM-dd}: {events.Select(e => e.EventId).Distinct().Count()} action(s) on clients, "
                    + $"{viewed.Count} client(s) viewed, contacts of {contactsOutside} client(s) they do not serve, {exports} export(s)",
                    $"{s.Login} подал(а) заявление об увольнении {s.NoticeDate:dd.MM.yyyy} (последний рабочий день {s.LastWorkingDay:dd.MM.yyyy}); с {from:dd.MM.yyyy}: действий с клиентами — {events.Select(e => e.EventId).Distinct().Count()}, "
                    + $"просмотрено клиентов — {viewed.Count}, открыты контакты чужих клиентов — {contactsOutside}, выгрузок базы — {exports}"),
                viewed.Select(c => "client:" + c).Prepend("staff:" + s.Login).ToList(),
                $"ops staff offboard {s.Login}; ops clients handover {s.Login}; ops audit list --actor {s.Login}");
        }
    }

    /// <summary>Every export; a departing person's is high.</summary>
    public static IEnumerable<Finding> Exports(WatchData d, WatchOptions o) =>
        d.Events.Where(e => e.Action == "clients.export" && e.Day >= o.Since).GroupBy(e => e.EventId).Select(g =>
        {
            var e = g.First();
            var clients = g.Count(x => x.Client is not null);
            return new Finding(d.IsDeparting(e.Actor, o.Today) ? Severity.High : Severity.Medium, "export", e.Actor,
                o.T($"{e.Actor} exported {clients} client(s) on {e.Day:yyyy-MM-dd}", $"{e.Actor} {e.Day:dd.MM.yyyy} выгрузил(а) список клиентов: {clients}"),
                g.Where(x => x.Client is null).Select(x => "export:" + x.EventId).Take(1).Prepend("staff:" + e.Actor).ToList(),
                o.T("confirm it was needed; a leaked copy can be traced with: ops clients trace FILE",
                    "убедиться, что выгрузка была нужна; утёкшую копию можно опознать: ops clients trace FILE"));
        });

    /// <summary>Bulk moves of one person's clients to another.</summary>
    public static IEnumerable<Finding> BulkReassignments(WatchData d, WatchOptions o) =>
        d.Events.Where(e => e.Action == "clients.reassign" && e.Day >= o.Since).GroupBy(e => e.EventId).Select(g =>
        {
            var e = g.First();
            var clients = g.Where(x => x.Client is not null).Select(x => "client:" + x.Client).ToList();
            return new Finding(clients.Count >= 10 ? Severity.High : Severity.Medium, "bulk-reassignment", e.Actor,
                o.T($"{e.Actor} reassigned {clients.Count} client(s) in one go on {e.Day:yyyy-MM-dd}", $"{e.Actor} {e.Day:dd.MM.yyyy} разом передал(а) клиентов: {clients.Count}"),
                clients, o.T("check with the people concerned that the move was agreed", "убедиться у сотрудников, что передача согласована"));
        });

    /// <summary>Clients served by exactly one person and with no owner-side contact for N days, grouped by that person.</summary>
    public static IEnumerable<Finding> SingleThreaded(WatchData d, WatchOptions o)
    {
        var cutoff = o.Today.AddDays(-o.OwnerDays);
        var single = d.Clients.Where(c => c.Owner is null || c.LastOwnerContact is null || c.LastOwnerContact < cutoff)
            .Select(c => (Client: c, People: d.Assignments[c.Id].Where(a => a.Covers(o.Today)).Select(a => a.Login).Distinct().ToList()))
            .Where(x => x.People.Count == 1);
        foreach (var g in single.GroupBy(x => x.People[0]))
        {
            var departing = d.IsDeparting(g.Key, o.Today);
            yield return new Finding(departing ? Severity.High : Severity.Low, "single-thread", g.Key,
                o.T($"{g.Count()} client(s) are served by {g.Key} alone with no owner-side contact in {o.OwnerDays} days{(departing ? ", and " + g.Key + " is leaving" : "")}",
                    $"{g.Key} в одиночку обслуживает клиентов: {g.Count()}, контакта со стороны руководства не было {o.OwnerDays} дней{(departing ? ", а " + g.Key + " увольняется" : "")}"),
                g.Select(x => "client:" + x.Client.Id).ToList(), $"ops clients assign CLIENT LOGIN --role backup; ops clients update CLIENT --owner-contact LOGIN --last-owner-contact DATE");
        }
    }

    /// <summary>Key clients without an owner-side contact, or none in N days.</summary>
    public static IEnumerable<Finding> KeyWithoutOwner(WatchData d, WatchOptions o)
    {
        var cutoff = o.Today.AddDays(-o.OwnerDays);
        foreach (var c in d.Clients.Where(c => c.IsKey && (c.Owner is null || c.LastOwnerContact is null || c.LastOwnerContact < cutoff)))
        {
            var servers = d.Assignments[c.Id].Where(a => a.Covers(o.Today)).Select(a => a.Login).Distinct().ToList();
            var severity = servers.Any(s => d.IsDeparting(s, o.Today)) ? Severity.High : Severity.Medium;
            var since = c.LastOwnerContact?.ToString(o.Russian ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var what = c.Owner is null ? o.T("has no owner-side contact", "нет контакта со стороны руководства")
                : since is null ? o.T($"has never had a contact with {c.Owner}", $"{c.Owner} ни разу не связывался с клиентом")
                : o.T($"has had no contact with {c.Owner} since {since}", $"{c.Owner} не связывался с клиентом с {since}");
            // The client's name is not in the sentence: the report shows it only to a reader whose scope reaches the client.
            yield return new Finding(severity, "key-no-owner-contact", c.Owner,
                o.T($"key client {c.Id} {what}", $"ключевой клиент {c.Id}: {what}"), ["client:" + c.Id],
                $"ops clients update {c.Id} --owner-contact LOGIN --last-owner-contact DATE");
        }
    }
}
