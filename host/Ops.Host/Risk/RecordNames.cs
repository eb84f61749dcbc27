using System.Text.RegularExpressions;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Access;
using Ops.Sdk.Directory;

namespace Ops.Host.Risk;

/// <summary>People's and clients' names for the records a report shows, but only those the reader's own scopes reach:
/// a person's name under <c>staff.view</c> (<see cref="PersonScope"/>), a client's name under <c>clients.view</c>
/// (<see cref="ReachView.Clients"/>). Any other record stays as it is (<c>staff:LOGIN</c>, <c>client:42</c>).</summary>
internal sealed class RecordNames
{
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, string> _people;   // login -> full name, for logins inside sentences
    private readonly Regex? _logins;

    private RecordNames(Dictionary<string, string> names, Dictionary<string, string> people)
    {
        _names = names;
        _people = people;
        _logins = people.Count == 0 ? null
            : new Regex(@"(?<![\w.@-])(" + string.Join('|', people.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\w@-])",
                RegexOptions.CultureInvariant);
    }

    /// <summary>The client records that were given a name: a read of client data, audited before it is shown.</summary>
    public IReadOnlyList<string> NamedClients => _names.Keys.Where(k => k.StartsWith("client:", StringComparison.Ordinal)).ToList();

    /// <summary>The name for <paramref name="record"/>, or the record itself.</summary>
    public string Label(string record) => _names.GetValueOrDefault(record, record);

    /// <summary>The name, or null when the reader may not see it.</summary>
    public string? Name(string record) => _names.GetValueOrDefault(record);

    /// <summary>A check's sentence with the logins of people the reader may see replaced by their names.</summary>
    public string Text(string sentence) => _logins is null ? sentence : _logins.Replace(sentence, m => _people[m.Value]);

    public static RecordNames For(OpsSession s, IEnumerable<string> records)
    {
        var wanted = records.ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        var staffScope = s.Access.Decide(HostPermissions.StaffView).Scope;
        foreach (var person in s.Staff.All().Where(p => p.FullName.Length > 0 && PersonScope.Reaches(staffScope, s.Actor, p)))
        {
            people[person.Login] = person.FullName;
            if (wanted.Contains("staff:" + person.Login)) names["staff:" + person.Login] = person.FullName;
        }
        var clientIds = wanted.Where(r => r.StartsWith("client:", StringComparison.Ordinal)).Select(r => r[7..]).ToHashSet(StringComparer.Ordinal);
        if (clientIds.Count > 0 && s.Catalog.Usable.Any(e => e.Id == "clients")
            && s.Access.Decide("clients.view").Scope is { } clientScope)
        {
            var reach = ReachView.Clients;
            foreach (var (id, name) in s.Store.Query($"SELECT c.id, c.name FROM clients_v1 c WHERE {reach.Predicate(clientScope, "c.id")}",
                         r => (r.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture), r.GetString(1)),
                         ReachView.Args(s.Actor.Login, s.Today)))
                if (clientIds.Contains(id)) names["client:" + id] = name;
        }
        return new RecordNames(names, people);
    }
}
