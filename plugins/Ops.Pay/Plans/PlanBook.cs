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
