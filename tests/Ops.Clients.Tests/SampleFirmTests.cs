using System.Text.RegularExpressions;
using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>End to end on the sample firm (samples/firm): its staff from demo.ops, its clients.csv, and a
/// departing accountant who browses other clients' contacts and exports before leaving.</summary>
public sealed partial class SampleFirmTests
{
    private static string FirmDir => Path.Combine(OpsTestStore.RepoRoot, "samples", "firm");

    private static OpsTestStore SampleFirm()
    {
        var store = OpsTestStore.Create();
        store.Now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);   // the audit only goes forward: set up on the first day
        Firm.DisableOthers(store);
        foreach (var line in File.ReadLines(Path.Combine(FirmDir, "demo.ops")).Where(l => l.StartsWith("ops staff add ", StringComparison.Ordinal)))
        {
            var args = Word().Matches(line[4..]).Select(m => m.Value.Trim('"')).ToArray();
            store.Run(args).ShouldSucceed();
        }
        store.Run("clients", "import", Path.Combine(FirmDir, "clients.csv")).ShouldSucceed();
        return store;
    }

    [Fact]
    public void The_sample_firm_imports_and_each_accountant_sees_only_their_clients()
    {
        using var store = SampleFirm();
        var all = store.Json("sokolov", "clients", "list", "--status", "any");
        Assert.Equal(File.ReadLines(Path.Combine(FirmDir, "clients.csv")).Count(l => l.Length > 0) - 1, all.GetArrayLength());
        var volkova = store.Json("volkova", "clients", "list");
        Assert.NotEmpty(volkova.EnumerateArray());
        Assert.True(volkova.GetArrayLength() < all.GetArrayLength());
        Assert.All(volkova.EnumerateArray(), r => Assert.False(r.GetProperty("contacts_masked").GetBoolean()));
    }

    [Fact]
    public void Watch_on_the_sample_firm_flags_the_departing_accountant_who_browses_and_exports()
    {
        using var store = SampleFirm();
        for (var d = 2; d <= 14; d += 3)
        {
            store.Now = new DateTimeOffset(2026, 11, d, 9, 0, 0, TimeSpan.Zero);
            store.RunAs("volkova", "clients", "list").ShouldSucceed();
        }
        store.Now = new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);
        store.Run("staff", "leave", "volkova", "--last-day", "2026-12-02", "--notice-date", "2026-11-18").ShouldSucceed();
        store.Run("access", "grant", "clients.view", "--person", "volkova", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.contacts", "--person", "volkova", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "volkova", "--scope", "all").ShouldSucceed();
        store.RunAs("sokolov", "clients", "settings", "--canary-domain", "mail-check.balans.example").ShouldSucceed();
        store.Now = new DateTimeOffset(2026, 11, 20, 22, 0, 0, TimeSpan.Zero);
        store.RunAs("volkova", "clients", "list").ShouldSucceed();
        store.RunAs("volkova", "clients", "export", "--output", Path.Combine(store.Directory, "base.csv")).ShouldSucceed();

        store.Now = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        var result = store.RunAs("sokolov", "clients", "watch", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var volkova = result.Json().EnumerateArray().Where(f => f.GetProperty("person").GetString() == "volkova").ToList();
        string[] kinds = [.. volkova.Where(f => f.GetProperty("severity").GetString() == "high").Select(f => f.GetProperty("kind").GetString()!).Distinct().Order()];
        Assert.Equal(["departing-activity", "export", "outside-assignment", "single-thread"], kinds);
        Assert.Contains(volkova, f => f.GetProperty("kind").GetString() == "above-baseline");
        Assert.DoesNotContain(result.Json().EnumerateArray(), f => f.GetProperty("kind").GetString() == "outside-assignment"
                                                                   && f.GetProperty("person").GetString() != "volkova");
    }

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Word();
}
