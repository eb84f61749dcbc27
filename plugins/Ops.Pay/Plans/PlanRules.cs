using System.Globalization;
using Ops.Sdk.Errors;

namespace Ops.Pay.Plans;

/// <summary>The checks that need more than the file: versions, overlaps, roles and people.</summary>
internal static class PlanRules
{
    /// <summary>An open-ended version ends the day before the next version of the same plan starts.</summary>
    public static IReadOnlyList<Plan> Normalize(IEnumerable<Plan> plans) =>
        plans.GroupBy(p => p.Id).SelectMany(g =>
        {
            var ordered = g.OrderBy(p => p.EffectiveFrom).ToList();
            return ordered.Select((p, i) => p.EffectiveTo is null && i + 1 < ordered.Count
                ? p with { EffectiveTo = ordered[i + 1].EffectiveFrom.AddDays(-1) } : p);
        }).ToList();

    /// <summary>Problems with adding <paramref name="plan"/> next to the stored plans.</summary>
    public static List<InputError> Check(string file, Plan plan, IReadOnlyDictionary<string, int> lines, IReadOnlyList<Plan> stored,
        ISet<string> roles, ISet<string> people)
    {
        var errors = new List<InputError>();
        int Line(string field) => lines.GetValueOrDefault(field);
        if (plan.TargetKind == "role" && !roles.Contains(plan.Target))
            errors.Add(new(file, Line("applies_to.role"), "applies_to.role", $"unknown role '{plan.Target}'",
                $"use one of: {string.Join(", ", roles.Order(StringComparer.Ordinal))}"));
        if (plan.TargetKind == "person" && !people.Contains(plan.Target))
            errors.Add(new(file, Line("applies_to.person"), "applies_to.person", $"'{plan.Target}' is not in the staff directory", "check the login with: ops staff list"));
        if (stored.Any(p => p.Id == plan.Id && p.Version == plan.Version))
            errors.Add(new(file, Line("version"), "version", $"plan {plan.Label} is already loaded", $"plans are never rewritten: raise 'version' above {stored.Where(p => p.Id == plan.Id).Max(p => p.Version)} for a new version"));
        else if (stored.Where(p => p.Id == plan.Id).Any(p => p.Version > plan.Version))
            errors.Add(new(file, Line("version"), "version", $"plan {plan.Id} already has version {stored.Where(p => p.Id == plan.Id).Max(p => p.Version)}", "give the new version a higher number"));
        else if (stored.Where(p => p.Id == plan.Id).FirstOrDefault(p => p.EffectiveFrom >= plan.EffectiveFrom) is { } later)
            errors.Add(new(file, Line("effective_from"), "effective_from", $"a new version must start after {later.Label}, which starts {later.EffectiveFrom:yyyy-MM-dd}", "move effective_from later"));
        if (errors.Count > 0) return errors;

        var after = Normalize([.. stored, plan]);
        var mine = after.First(p => p.Id == plan.Id && p.Version == plan.Version);
        foreach (var other in after.Where(p => p != mine && p.TargetKind == mine.TargetKind && p.Target == mine.Target && p.Overlaps(mine)))
            if (other.Id != mine.Id || other.EffectiveTo is { } end && end >= mine.EffectiveFrom)
                errors.Add(new(file, Line("effective_from"), "effective_from",
                    $"overlaps {other.Label} for {mine.TargetKind} {mine.Target} ({other.EffectiveFrom:yyyy-MM-dd} – {(other.EffectiveTo is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")})",
                    "one plan per role or person at a time: change the dates, or load a new version of the same plan id"));
        return errors;
    }
}
