using System.Text.Json;
using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary><c>ops clients handover</c>: a departing accountant's clients proposed to the team balanced by load (fees
/// served), never to someone leaving or gone, applied all-or-nothing and audited; only those whose scope covers all of
/// her clients may see or apply it.</summary>
public sealed class HandoverTests
{
    // anna (north, leaving) leads eight clients and is backup on two of lena's; lena and olga (north) stay; nina (north)
    // gave notice, oleg (north) has left, boris is south, "lead" is the team-lead (serves nobody).
    private static readonly (int Fee, string Lead, string Backup)[] Clients =
    [
        (50000, "anna", ""), (40000, "anna", ""), (30000, "anna", ""), (20000, "anna", ""), (10000, "anna", ""), (10000, "anna", ""),
        (5000, "anna", ""), (5000, "anna", ""), (25000, "lena", "anna"), (15000, "lena", "anna"), (7000, "lena", ""),
        (8000, "olga", ""), (9000, "nina", ""), (6000, "boris", ""),
    ];

    private static OpsTestStore Create(TestEngine engine)
    {
        var store = Firm.Create(engine, import: false);
        store.AddStaff("olga", "accountant", team: "north");
        store.AddStaff("nina", "accountant", team: "north");
        store.AddStaff("oleg", "accountant", team: "north");
        var csv = "inn,name,monthly_fee,lead,backup\n" + string.Concat(Clients.Select((c, i) => $"{ManyClients.Inn(i)},ООО Клиент-{i},{c.Fee},{c.Lead},{c.Backup}\n"));
        store.Run("clients", "import", store.WriteFile("handover.csv", csv)).ShouldSucceed();
        store.Run("staff", "leave", "nina", "--last-day", "2026-12-20", "--notice-date", "2026-11-20").ShouldSucceed();
        store.Run("staff", "leave", "oleg", "--last-day", "2026-11-01", "--notice-date", "2026-10-15").ShouldSucceed();
        store.Run("staff", "leave", "anna", "--last-day", "2026-12-02", "--notice-date", "2026-11-18").ShouldSucceed();
        return store;
    }

    private static List<(string Inn, decimal Fee, string Role, string To)> Proposal(OpsTestStore store) =>
        store.Json("dir", "clients", "handover", "anna").EnumerateArray()
            .Select(r => (r.GetProperty("inn").GetString()!, r.GetProperty("monthly_fee").GetDecimal(), r.GetProperty("role").GetString()!,
                r.GetProperty("to").GetString()!)).ToList();

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void The_proposal_gives_each_client_to_the_least_loaded_colleague_and_never_to_a_leaver_or_someone_on_notice(TestEngine engine)
    {
        using var store = Create(engine);
        var proposal = Proposal(store);
        Assert.Equal(10, proposal.Count);
        Assert.All(proposal, p => Assert.Contains(p.To, new[] { "lena", "olga" }));
        // Replay: each move, largest fee first, went to whoever served the least (by fee) among those not already serving it.
        var load = new Dictionary<string, decimal> { ["lena"] = 25000 + 15000 + 7000, ["olga"] = 8000 };
        var serving = Clients.Select((c, i) => (Inn: ManyClients.Inn(i), c.Lead, c.Backup)).ToDictionary(c => c.Inn, c => new HashSet<string> { c.Lead, c.Backup });
        Assert.Equal(proposal.Select(p => p.Fee).OrderByDescending(f => f), proposal.Select(p => p.Fee));
        foreach (var p in proposal)
        {
            var eligible = load.Keys.Where(k => !serving[p.Inn].Contains(k)).ToList();
            Assert.Equal(eligible.Min(k => load[k]), load[p.To]);
            load[p.To] += p.Fee;
            serving[p.Inn].Add(p.To);
        }
        Assert.True(Math.Abs(load["lena"] - load["olga"]) <= proposal.Max(p => p.Fee), $"lena {load["lena"]}, olga {load["olga"]}");
        // A backup never goes to the client's lead.
        Assert.DoesNotContain(proposal, p => p.Role == "backup" && p.To == "lena");
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Applying_moves_every_client_as_proposed_in_one_audited_event(TestEngine engine)
    {
        using var store = Create(engine);
        var proposal = Proposal(store);
        store.RunAs("dir", "clients", "handover", "anna", "--apply").ShouldSucceed();
        foreach (var p in proposal)
        {
            var current = store.Json("dir", "clients", "show", p.Inn).GetProperty("assignments").EnumerateArray()
                .Where(a => a.GetProperty("to").ValueKind == JsonValueKind.Null).ToList();
            Assert.Contains(current, a => a.GetProperty("login").GetString() == p.To && a.GetProperty("role").GetString() == p.Role);
            Assert.DoesNotContain(current, a => a.GetProperty("login").GetString() == "anna");
        }
        Assert.Equal(3, store.RunAs("dir", "clients", "handover", "anna").ExitCode);
        var events = store.Json("admin", "audit", "list", "--action", "clients.handover").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "clients.handover").ToList();
        var handover = Assert.Single(events);
        var records = handover.GetProperty("records").ToString();
        Assert.Contains("staff:anna", records);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(records, "client:").Count);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void The_departing_accountant_cannot_see_or_apply_her_own_handover(TestEngine engine)
    {
        using var store = Create(engine);
        foreach (var args in new[] { new[] { "clients", "handover", "anna" }, ["clients", "handover", "anna", "--apply"], ["clients", "handover", "anna", "--calls"] })
        {
            var r = store.RunAs("anna", args);
            Assert.Equal(4, r.ExitCode);
            Assert.Empty(r.Out);
            Assert.Contains("clients.assign", r.Err);
        }
        Assert.Equal(4, store.RunAs("boris", "clients", "handover", "anna").ExitCode);
        Assert.Equal(8, store.Json("dir", "clients", "list", "--lead", "anna").GetArrayLength());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_client_nobody_eligible_can_take_stops_the_whole_handover(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        store.Run("clients", "import", store.WriteFile("two.csv",
            $"inn,name,monthly_fee,lead,backup\n{ManyClients.Inn(1)},ООО Один,1000,lena,anna\n{ManyClients.Inn(2)},ООО Два,2000,anna,\n")).ShouldSucceed();
        store.Run("staff", "leave", "anna", "--last-day", "2026-12-02").ShouldSucceed();
        var r = store.RunAs("dir", "clients", "handover", "anna", "--apply");
        Assert.Equal(6, r.ExitCode);
        Assert.Contains("nothing was moved", r.Err);
        Assert.Equal([ManyClients.Inn(2)], store.Json("dir", "clients", "list", "--lead", "anna").Inns());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void The_call_list_names_her_key_clients_largest_first_and_whether_the_owner_called_since_her_notice(TestEngine engine)
    {
        using var store = Create(engine);
        store.Run("clients", "update", ManyClients.Inn(1), "--last-owner-contact", "2026-11-20").ShouldSucceed();
        var calls = store.Json("dir", "clients", "handover", "anna", "--calls").EnumerateArray().ToList();
        Assert.Equal([ManyClients.Inn(0), ManyClients.Inn(1), ManyClients.Inn(2)], calls.Select(c => c.GetProperty("inn").GetString()));
        Assert.Equal([false, true, false], calls.Select(c => c.GetProperty("called_since_notice").GetBoolean()));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void The_call_list_outlives_the_handover_and_names_the_new_lead(TestEngine engine)
    {
        using var store = Create(engine);
        var proposed = Proposal(store).Where(p => p.Role == "lead").ToDictionary(p => p.Inn, p => p.To);
        store.RunAs("dir", "clients", "handover", "anna", "--apply").ShouldSucceed();
        var calls = store.Json("dir", "clients", "handover", "anna", "--calls").EnumerateArray().ToList();
        Assert.Equal([ManyClients.Inn(0), ManyClients.Inn(1), ManyClients.Inn(2)], calls.Select(c => c.GetProperty("inn").GetString()));
        Assert.All(calls, c => Assert.Equal(proposed[c.GetProperty("inn").GetString()!], c.GetProperty("lead").GetString()));
        Assert.Equal(4, store.RunAs("anna", "clients", "handover", "anna", "--calls").ExitCode);
    }
}
