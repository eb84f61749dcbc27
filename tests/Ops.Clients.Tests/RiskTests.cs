using System.Text.Json;

namespace Ops.Clients.Tests;

public sealed class RiskTests
{
    private static List<JsonElement> Findings(Ops.Testing.OpsTestStore store, string check)
    {
        var result = store.Run("risk", "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.Err);
        return result.Json().GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("check").GetString() == check).ToList();
    }

    [Fact]
    public void Contacts_visible_to_someone_who_does_not_serve_the_client_are_named_with_a_fix()
    {
        using var store = Firm.Create();
        Assert.DoesNotContain(Findings(store, "clients.contacts-overexposed"), f => f.GetProperty("severity").GetString() != "low");
        store.Run("access", "grant", "clients.view", "--person", "boris", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.contacts", "--person", "boris", "--scope", "all").ShouldSucceed();
        var f = Assert.Single(Findings(store, "clients.contacts-overexposed"), f => f.GetProperty("finding").GetString()!.StartsWith("boris", StringComparison.Ordinal));
        Assert.Equal("high", f.GetProperty("severity").GetString());
        Assert.Contains("2 client(s)", f.GetProperty("finding").GetString());
        Assert.Equal("ops access revoke clients.contacts --person boris", f.GetProperty("fix").GetString());
    }

    [Fact]
    public void Relationship_checks_report_single_threaded_and_key_clients_with_fixes()
    {
        using var store = Firm.Create();
        store.Now = store.Now.AddDays(120);
        var single = Findings(store, "clients.single-thread");
        Assert.Contains(single, f => f.GetProperty("finding").GetString()!.Contains("boris alone"));
        var key = Assert.Single(Findings(store, "clients.key-no-owner-contact"));
        Assert.Contains("--owner-contact", key.GetProperty("fix").GetString());
    }

    [Fact]
    public void Departing_activity_and_recent_exports_are_risk_findings()
    {
        using var store = Firm.Create();
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        store.Run("staff", "leave", "anna", "--last-day", "2026-12-19", "--notice-date", "2026-11-25").ShouldSucceed();
        store.RunAs("anna", "clients", "list").ShouldSucceed();
        store.RunAs("dir", "clients", "export", "--output", Path.Combine(store.Directory, "e.csv")).ShouldSucceed();
        var departing = Assert.Single(Findings(store, "clients.departing-activity"));
        Assert.Contains("anna", departing.GetProperty("finding").GetString());
        Assert.Single(Findings(store, "clients.recent-exports"));
    }
}
