using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>Effective-dated fees (<c>clients update --fee X --from DATE</c>) and the tax profile.</summary>
public sealed class FeeHistoryTests
{
    private static OpsTestStore Store()
    {
        var store = OpsTestStore.Create();
        store.Now = new DateTimeOffset(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);
        store.Run("clients", "add", "--inn", "7707083893", "--name", "ООО Альфа", "--fee", "20000", "--started-on", "2025-01-15").ShouldSucceed();
        return store;
    }

    private static List<(string From, long Kopecks)> History(OpsTestStore store)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT from_date, monthly_fee_kopecks FROM client_fees_v1 ORDER BY from_date";
        using var r = cmd.ExecuteReader();
        var rows = new List<(string, long)>();
        while (r.Read()) rows.Add((r.GetString(0), r.GetInt64(1)));
        return rows;
    }

    private static string Fee(OpsTestStore store) =>
        store.Run("clients", "show", "7707083893", "--format", "json").ShouldSucceed().Json().GetProperty("monthly_fee").ToString();

    [Fact]
    public void A_fee_raise_from_a_date_keeps_the_earlier_fee_in_the_history()
    {
        using var store = Store();
        Assert.Equal([("0001-01-01", 2000000L)], History(store));
        store.Run("clients", "update", "7707083893", "--fee", "25000", "--from", "2026-04-01").ShouldSucceed();
        Assert.Equal([("0001-01-01", 2000000L), ("2026-04-01", 2500000L)], History(store));
        Assert.StartsWith("25000", Fee(store));
    }

    [Fact]
    public void A_raise_dated_in_the_future_leaves_the_current_fee_until_then()
    {
        using var store = Store();
        store.Run("clients", "update", "7707083893", "--fee", "30000", "--from", "2026-06-01").ShouldSucceed();
        Assert.StartsWith("20000", Fee(store));
        store.Now = new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero);
        store.Run("clients", "update", "7707083893", "--fee", "31000").ShouldSucceed(); // no --from: from today
        Assert.Equal([("0001-01-01", 2000000L), ("2026-06-01", 3000000L), ("2026-06-02", 3100000L)], History(store));
        Assert.StartsWith("31000", Fee(store));
    }

    [Fact]
    public void From_without_a_fee_or_with_a_bad_date_is_refused_and_nothing_changes()
    {
        using var store = Store();
        var usage = store.Run("clients", "update", "7707083893", "--name", "ООО Бета", "--from", "2026-04-01");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("needs --fee", usage.Err);
        Assert.Equal(2, store.Run("clients", "update", "7707083893", "--fee", "25000", "--from", "2026-13-01").ExitCode);   // a bad date is a usage error, found while parsing
        Assert.Equal([("0001-01-01", 2000000L)], History(store));
    }

    [Fact]
    public void A_tax_profile_is_validated_and_published_for_other_plugins()
    {
        using var store = Store();
        store.Run("clients", "update", "7707083893", "--tax-regime", "usn", "--employer", "no", "--vat", "no").ShouldSucceed();
        var bad = store.Run("clients", "update", "7707083893", "--tax-regime", "ЕНВД");
        Assert.Equal(5, bad.ExitCode);
        Assert.Contains("ОСНО, УСН, ПСН or АУСН", bad.Err);
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT tax_regime, employer, vat_payer FROM client_tax_profiles_v1";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(("УСН", 0L, 0L), (r.GetString(0), r.GetInt64(1), r.GetInt64(2)));
    }
}
