namespace Ops.Clients.Departure;

/// <summary>One current assignment of the departing person.</summary>
internal sealed record HeldAssignment(long AssignmentId, long ClientId, string Name, string Inn, long FeeKopecks, string Role);

/// <summary>Someone who may take clients over, with what they serve now: the sum of the monthly fees of their current
/// clients (each client once, lead or backup) and how many those are.</summary>
internal sealed record Taker(string Login, long LoadKopecks, int Clients);

/// <summary>One proposed move: the assignment and who takes it, or null when nobody can (everyone eligible already serves
/// the client).</summary>
internal sealed record HandoverMove(HeldAssignment Held, string? To);

/// <summary>The balanced proposal. Load is the monthly fees a person serves (count breaks ties, so a registry without
/// fees is balanced by count). Her clients go largest fee first, each to the eligible taker with the least load at that
/// moment (then fewest clients, then login) — greedy largest-first, so no taker ends more than one client's fee above
/// another who started level. A taker who already serves the client, or was given it in this plan (lead and backup), is
/// skipped, so a client never gets the same person twice.</summary>
internal static class HandoverPlanner
{
    public static IReadOnlyList<HandoverMove> Plan(IReadOnlyList<HeldAssignment> held, IReadOnlyList<Taker> takers,
        ILookup<long, string> servingNow)
    {
        var load = takers.ToDictionary(t => t.Login, t => (t.LoadKopecks, t.Clients), StringComparer.Ordinal);
        var given = new Dictionary<long, HashSet<string>>();
        var moves = new List<HandoverMove>();
        foreach (var h in held.OrderByDescending(h => h.FeeKopecks).ThenBy(h => h.ClientId).ThenBy(h => h.Role == "lead" ? 0 : 1))
        {
            var taken = given.TryGetValue(h.ClientId, out var set) ? set : given[h.ClientId] = new HashSet<string>(StringComparer.Ordinal);
            var to = load.Keys
                .Where(login => !taken.Contains(login) && !servingNow[h.ClientId].Contains(login))
                .OrderBy(login => load[login].LoadKopecks).ThenBy(login => load[login].Clients).ThenBy(login => login, StringComparer.Ordinal)
                .Cast<string?>().FirstOrDefault();
            if (to is not null)
            {
                taken.Add(to);
                load[to] = (load[to].LoadKopecks + h.FeeKopecks, load[to].Clients + 1);
            }
            moves.Add(new HandoverMove(h, to));
        }
        return moves;
    }
}
