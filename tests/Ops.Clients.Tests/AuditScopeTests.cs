using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class AuditScopeTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Audit_list_shows_a_team_lead_only_her_scope(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("access", "grant", "audit.view", "--person", "lead", "--scope", "team").ShouldSucceed();
        store.RunAs("anna", "clients", "show", Firm.AlphaInn).ShouldSucceed();
        Assert.NotEqual(0, store.RunAs("anna", "clients", "show", Firm.BetaInn).ExitCode);
        store.RunAs("boris", "clients", "show", Firm.BetaInn).ShouldSucceed();
        var seen = store.Json("lead", "audit", "list", "--limit", "0").EnumerateArray()
            .Select(e => (Actor: e.GetProperty("actor").GetString(), Records: e.GetProperty("records").GetString()!)).ToList();
        Assert.Contains(seen, e => e.Actor == "anna" && e.Records.Contains("client:", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, e => e.Actor is "boris" or "dir" or "admin");
        var beta = store.Json("dir", "clients", "show", Firm.BetaInn).GetProperty("id").GetInt64();
        Assert.DoesNotContain(seen, e => e.Records.Contains($"\"client:{beta}\"", StringComparison.Ordinal));
        Assert.Contains(store.Json("admin", "audit", "list", "--limit", "0").EnumerateArray(),
            e => e.GetProperty("records").GetString()!.Contains($"\"client:{beta}\"", StringComparison.Ordinal));
    }
}
