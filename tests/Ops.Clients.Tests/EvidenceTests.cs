using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>The registry's part of the evidence pack (<c>ops case export --leaked FILE</c>): the trace of a leaked list.</summary>
public sealed class EvidenceTests
{
    private static (OpsTestStore Store, string Leaked) LeadExportedAndLeft()
    {
        var store = Firm.Create();
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "lead", "--scope", "team").ShouldSucceed();
        var leaked = Path.Combine(store.Directory, "lead.csv");
        store.RunAs("lead", "clients", "export", "--output", leaked).ShouldSucceed();
        store.Run("staff", "leave", "lead", "--date", "2026-12-03", "--notice-date", "2026-11-20").ShouldSucceed();
        return (store, leaked);
    }

    [Fact]
    public void The_pack_names_the_export_a_leaked_list_came_from_and_who_made_it()
    {
        var (store, leaked) = LeadExportedAndLeft();
        using var _ = store;
        var dir = Path.Combine(store.Directory, "case");
        store.RunAs("dir", "case", "export", "lead", "--out", dir, "--leaked", leaked).ShouldSucceed();
        var rows = Csv.Parse(File.ReadAllText(Path.Combine(dir, "clients.trace.csv")));
        var source = Assert.Single(rows, r => r["verdict"] == "source");
        Assert.Equal("lead", source["actor"]);
        Assert.Equal("lead.csv", source["leaked_file"]);
        Assert.Contains("clients.trace.csv", File.ReadAllText(Path.Combine(dir, "SHA256SUMS")));
        Assert.Contains("lead.csv", File.ReadAllText(Path.Combine(dir, "index.html")));
    }

    [Fact]
    public void A_requester_who_may_not_trace_gets_no_trace_in_the_pack()
    {
        var (store, leaked) = LeadExportedAndLeft();
        using var _ = store;
        store.Run("access", "grant", "case.export", "--person", "boris", "--scope", "all").ShouldSucceed();
        var dir = Path.Combine(store.Directory, "case");
        store.RunAs("boris", "case", "export", "lead", "--out", dir, "--leaked", leaked).ShouldSucceed();
        Assert.False(File.Exists(Path.Combine(dir, "clients.trace.csv")));
        Assert.Contains("clients.watch", File.ReadAllText(Path.Combine(dir, "clients.trace.txt")));
    }
}
