using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

public sealed class AccessTests
{
    private static readonly string[] Reports = ["silent", "unrecorded", "key-owner"];

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_accountant_has_no_call_reports_by_default(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        foreach (var report in Reports)
            Assert.Equal(4, store.RunAs("anna", "calls", "report", report).ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_report_shows_only_the_clients_within_clients_view_and_calls_report(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("access", "grant", "calls.report", "--role", "accountant", "--scope", "all").ShouldSucceed();

        // anna's clients.view is "assigned": all of calls.report does not widen it.
        Assert.Equal([Firm.Beta], store.Json("anna", "calls", "report", "silent").Clients());
        Assert.Equal([Firm.Delta, Firm.Zeta], store.Json("boris", "calls", "report", "silent").Clients());
        Assert.Equal([Firm.Gamma], store.Json("boris", "calls", "report", "unrecorded").Clients());
        Assert.Equal([Firm.Beta], store.Json("lena", "calls", "report", "unrecorded").Clients());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Numbers_are_masked_in_every_format_for_someone_without_clients_contacts(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("access", "grant", "calls.report", "--role", "admin", "--scope", "all").ShouldSucceed();

        var json = store.Json("admin", "calls", "report", "unrecorded");
        Assert.Equal([Firm.Beta, Firm.Gamma], json.Clients());
        Assert.Equal("+7 9•• •••-••-04", json.Row(Firm.Gamma).GetProperty("number").GetString());
        foreach (var report in Reports)
            foreach (var format in new[] { "table", "json", "csv" })
            {
                var result = store.RunAs("admin", "calls", "report", report, "--format", format).ShouldSucceed();
                Assert.DoesNotContain("+791611100", result.Out);
                Assert.DoesNotContain("91611100", result.Out);
                Assert.Contains("masked", result.Err);
            }
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Numbers_outside_the_contacts_scope_are_masked_inside_it_shown(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("access", "grant", "calls.report", "--role", "accountant", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.view", "--person", "anna", "--scope", "all").ShouldSucceed();

        var rows = store.Json("anna", "calls", "report", "unrecorded");
        Assert.Equal("+79161110003", rows.Row(Firm.Beta).GetProperty("number").GetString());
        Assert.Equal("+7 9•• •••-••-04", rows.Row(Firm.Gamma).GetProperty("number").GetString());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Without_clients_view_a_report_is_denied_and_the_denial_audited(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("access", "grant", "calls.report", "--person", "anna", "--scope", "all").ShouldSucceed();
        store.Run("access", "revoke", "clients.view", "--role", "accountant").ShouldSucceed();

        var result = store.RunAs("anna", "calls", "report", "silent");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("clients.view", result.Err);
        Assert.NotEmpty(store.Json("admin", "audit", "list", "--actor", "anna", "--result", "denied").EnumerateArray());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Lines_are_managed_by_calls_lines_holders_only(TestEngine engine)
    {
        using var store = Firm.Create(engine, calls: false);
        Assert.Equal(4, store.RunAs("anna", "calls", "lines", "add", "107").ExitCode);
        Assert.Equal(4, store.RunAs("anna", "calls", "lines", "list").ExitCode);
        Assert.Equal(6, store.Run("calls", "lines", "add", "101").ExitCode);
        Assert.Equal(3, store.Run("calls", "lines", "add", "107", "--login", "nobody").ExitCode);
        Assert.Equal(3, store.Run("calls", "lines", "set", "999", "--recorded", "yes").ExitCode);
        Assert.Equal(5, store.Run("calls", "lines", "set", "101", "--recorded", "maybe").ExitCode);
        var lines = store.Json("dir", "calls", "lines", "list");
        Assert.Equal(["100", "101", "102", "anna-mobile", "trunk-mts"], lines.EnumerateArray().Select(l => l.GetProperty("line").GetString()!).ToArray());
    }
}
