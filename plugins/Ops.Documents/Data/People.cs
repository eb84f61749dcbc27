using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Directory;
using Ops.Sdk.Store;

namespace Ops.Documents.Data;

/// <summary>A staff member as the regime sees them: what they may reach and what they have signed.</summary>
internal sealed record PersonInfo(
    StaffMember Staff,
    IReadOnlyDictionary<string, Scope> Access,
    int CurrentClients,
    DateOnly? AssignedSince)
{
    /// <summary>Job title, legal name and labour contract (ops docs employment set).</summary>
    public Employment Employment { get; init; } = Employment.None;

    /// <summary>The name documents print: the legal name (Фамилия Имя Отчество) when recorded, else the directory's.</summary>
    public string DocumentName => Employment.LegalName.Length > 0 ? Employment.LegalName : Staff.FullName;

    public string Login => Staff.Login;
    public bool HasSecretAccess => Access.Count > 0;
    public bool HasClientContacts => Access.ContainsKey(AccessIndex.ClientContacts);

    /// <summary>When access was obtained: the earlier of the hire date and the first client assignment.</summary>
    public DateOnly? AccessSince => (Staff.HireDate, AssignedSince) switch
    {
        ({ } h, { } a) => h < a ? h : a,
        ({ } h, null) => h,
        (null, var a) => a,
    };

    public string AccessText => string.Join(", ", Access.Select(kv => $"{kv.Key} ({kv.Value.Text()})"));
}

internal static class People
{
    /// <summary>Everyone in the directory with their access; client assignments when the client registry is enabled.</summary>
    public static IReadOnlyList<PersonInfo> Load(IOpsContext context)
    {
        var access = new AccessIndex(context.Store);
        var today = context.Today;
        var assignments = ClientAssignments(context, today);
        var employment = Employment.All(context.Store);
        return context.Staff.All().Select(s =>
        {
            var granted = s.HasLeft(today) ? new Dictionary<string, Scope>() : access.SecretBearing(s.Login, s.Role);
            assignments.TryGetValue(s.Login, out var a);
            return new PersonInfo(s, granted, a.Current, a.Since) { Employment = employment.GetValueOrDefault(s.Login, Employment.None) };
        }).ToList();
    }

    public static bool ClientsEnabled(IOpsContext context) => context.Plugins.IsEnabled("clients");

    private static Dictionary<string, (int Current, DateOnly? Since)> ClientAssignments(IOpsContext context, DateOnly today)
    {
        var result = new Dictionary<string, (int, DateOnly?)>(StringComparer.Ordinal);
        if (!ClientsEnabled(context)) return result;
        foreach (var (login, current, since) in context.Store.Query("""
                     SELECT login,
                            SUM(CASE WHEN to_date IS NULL OR to_date > $Today THEN 1 ELSE 0 END) AS current_count,
                            MIN(from_date) AS since
                     FROM client_assignments_v1 GROUP BY login
                     """, r => (r.GetString(0), (int)r.Int("current_count"), r.Date("since")), new { Today = today.ToIso() }))
            result[login] = (current, since);
        return result;
    }
}
