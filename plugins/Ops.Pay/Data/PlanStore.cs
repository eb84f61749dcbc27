using Ops.Pay.Plans;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Pay.Data;

/// <summary>Plan versions kept in <c>pay_plans</c> with their YAML source, re-read on load.</summary>
internal static class PlanStore
{
    public static IReadOnlyList<Plan> All(IStore store)
    {
        var plans = store.Query("SELECT id, version, file_name, source FROM pay_plans ORDER BY id, version",
            r => (File: r.Text("file_name"), Source: r.Text("source"), Key: $"{r.Text("id")} v{r.Int("version")}")).ToList()
            .Select(p => PlanParser.Parse(p.File, p.Source).Plan
                ?? throw new UnavailableException($"stored plan {p.Key} no longer parses", "report this as a bug in the pay plugin"))
            .ToList();
        return PlanRules.Normalize(plans);
    }

    public static PlanBook Book(IStore store) => new(All(store));

    /// <summary>Stores the version and publishes its rules (<c>pay_plan_rules_v1</c>); call inside a write.</summary>
    public static void Add(IStore store, Plan plan, string fileName, string source, DateTimeOffset now, string by)
    {
        store.Execute("""
            INSERT INTO pay_plans (id, version, target_kind, target, effective_from, effective_to, source, file_name, added_at, added_by)
            VALUES ($Id, $Version, $Kind, $Target, $From, $To, $Source, $File, $Now, $By)
            """, new
        {
            plan.Id, plan.Version, Kind = plan.TargetKind, plan.Target, From = plan.EffectiveFrom, To = plan.EffectiveTo,
            Source = source, File = fileName, Now = now, By = by,
        });
        PublishedRules.Publish(store, plan);
    }

    /// <summary>Role names known to the firm: roles of people and roles holding grants.</summary>
    public static HashSet<string> KnownRoles(IStore store) =>
        store.Query("SELECT role FROM ops_staff_v1 UNION SELECT substr(subject, 6) FROM ops_grants_v1 WHERE subject LIKE 'role:%'",
            r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public static HashSet<string> KnownPeople(IStore store) =>
        store.Query("SELECT login FROM ops_staff_v1", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
}
