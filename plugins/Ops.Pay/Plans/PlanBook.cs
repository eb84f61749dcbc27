using Ops.Pay.Engine;

namespace Ops.Pay.Plans;

/// <summary>Which plan applies to whom in a period: a plan for the person beats one for their role;
/// the version in force on the period's last day is used, else the one in force on its first day.</summary>
public sealed class PlanBook(IReadOnlyList<Plan> plans, Plan? preferred = null)
{
    public IReadOnlyList<Plan> Plans { get; } = plans;

    /// <summary>The plans in force with <paramref name="candidate"/> put in: it replaces every version
    /// with its id and wins over other plans for the same target (what <c>pay simulate</c> needs).</summary>
    public PlanBook With(Plan candidate) =>
        new([.. Plans.Where(p => p.Id != candidate.Id), candidate], candidate);

    public Plan? For(Person person, Period period) =>
        Pick(person, period.Last) ?? Pick(person, period.First);

    /// <summary>The plan in force on each day of the period, as runs of days: one run for a plain month, two when a
    /// new version (or a person's own plan) starts mid-month. Days with no plan are left out.</summary>
    public IReadOnlyList<PlanSegment> Segments(Person person, Period period)
    {
        var result = new List<PlanSegment>();
        for (var d = period.First; d <= period.Last; d = d.AddDays(1))
        {
            var plan = Pick(person, d);
            if (plan is null) continue;
            if (result.Count > 0 && ReferenceEquals(result[^1].Plan, plan) && result[^1].To == d.AddDays(-1))
                result[^1] = result[^1] with { To = d };
            else result.Add(new PlanSegment(plan, d, d));
        }
        return result;
    }

    private Plan? Pick(Person person, DateOnly day)
    {
        Plan? best = null;
        var bestRank = -1;
        foreach (var p in Plans)
        {
            if (!p.InForceOn(day)) continue;
            var rank = p.TargetKind == "person" && p.Target == person.Login ? 2
                : p.TargetKind == "role" && p.Target == person.Role ? 1 : 0;
            if (rank == 0) continue;
            rank = rank * 2 + (ReferenceEquals(p, preferred) ? 1 : 0);
            if (rank > bestRank || (rank == bestRank && best is not null && p.EffectiveFrom > best.EffectiveFrom))
                (best, bestRank) = (p, rank);
        }
        return best;
    }
}

/// <summary>The days [<see cref="From"/>, <see cref="To"/>] of a period on which <see cref="Plan"/> is in force.</summary>
public sealed record PlanSegment(Plan Plan, DateOnly From, DateOnly To);
