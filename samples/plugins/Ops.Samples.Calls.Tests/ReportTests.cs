using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

public sealed class ReportTests
{
    [Fact]
    public void Silent_lists_clients_without_an_answered_corporate_call_in_the_window()
    {
        using var store = Firm.Create();
        var rows = store.Json("dir", "calls", "report", "silent");

        Assert.Equal([Firm.Beta, Firm.Delta, Firm.Zeta], rows.Clients());
        var beta = rows.Row(Firm.Beta);
        Assert.Equal("2026-09-01", beta.GetProperty("last_corporate_call").GetString());
        Assert.Equal(1, beta.GetProperty("other_line_calls").GetInt32());
        Assert.Equal("anna", beta.GetProperty("lead").GetString());
        Assert.Equal(["+79161110003"], beta.GetProperty("phones").Strings());
        Assert.Equal("no phone in the client registry", rows.Row(Firm.Zeta).GetProperty("reason").GetString());
        Assert.True(rows.Row(Firm.Delta).GetProperty("key").GetBoolean());
    }

    [Fact]
    public void A_longer_window_takes_older_corporate_calls_into_account()
    {
        using var store = Firm.Create();
        Assert.Equal([Firm.Beta, Firm.Zeta], store.Json("dir", "calls", "report", "silent", "--days", "60").Clients());
        Assert.Equal([Firm.Zeta], store.Json("dir", "calls", "report", "silent", "--days", "120").Clients());
    }

    [Fact]
    public void Unrecorded_lists_client_calls_on_personal_unrecorded_and_unknown_lines()
    {
        using var store = Firm.Create();
        var rows = store.Json("dir", "calls", "report", "unrecorded");

        var seen = rows.EnumerateArray()
            .Select(r => $"{r.GetProperty("client").GetString()}|{r.GetProperty("line").GetString()}|{r.GetProperty("line_status").GetString()}|{r.GetProperty("direction").GetString()}")
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
        [
            $"{Firm.Beta}|anna-mobile|personal|out",
            $"{Firm.Gamma}|102|not-recorded|in",
            $"{Firm.Gamma}|105|unknown|out",
        ], seen);
        Assert.Equal("+79161110004", rows.Row(Firm.Gamma).GetProperty("number").GetString());
    }

    [Fact]
    public void Recording_a_line_removes_its_calls_from_the_unrecorded_report()
    {
        using var store = Firm.Create();
        store.Run("calls", "lines", "set", "102", "--recorded", "yes").ShouldSucceed();
        store.Run("calls", "lines", "add", "105", "--login", "boris", "--recorded").ShouldSucceed();

        Assert.Equal([Firm.Beta], store.Json("dir", "calls", "report", "unrecorded").Clients());
    }

    [Fact]
    public void Key_owner_lists_key_clients_the_owner_side_has_not_called()
    {
        using var store = Firm.Create();
        var rows = store.Json("dir", "calls", "report", "key-owner");

        Assert.Equal([Firm.Delta], rows.Clients());
        var delta = rows.Row(Firm.Delta);
        Assert.Equal("dir", delta.GetProperty("owner_contact").GetString());
        Assert.Equal(["100"], delta.GetProperty("owner_lines").Strings());
        Assert.Equal("never called from dir's lines", delta.GetProperty("reason").GetString());
    }

    [Fact]
    public void Reports_offer_table_and_csv_with_the_json_keys()
    {
        using var store = Firm.Create();
        var csv = store.RunAs("dir", "calls", "report", "silent", "--format", "csv").ShouldSucceed().Out;
        Assert.StartsWith("client_id,client,inn,key,lead,last_corporate_call,other_line_calls,reason,phones\r\n", csv);
        var rows = Csv.Parse(csv);
        var json = store.Json("dir", "calls", "report", "silent");
        Assert.Equal(json.EnumerateArray().Select(r => r.GetProperty("client").GetString()), rows.Select(r => r["client"]));

        var table = store.RunAs("dir", "calls", "report", "key-owner").ShouldSucceed().Out;
        Assert.Contains("OWNER CONTACT", table);
        Assert.Contains(Firm.Delta, table);
    }

    [Fact]
    public void Report_views_are_audited_with_the_clients_shown()
    {
        using var store = Firm.Create();
        store.RunAs("dir", "calls", "report", "silent").ShouldSucceed();

        var events = store.Json("admin", "audit", "list", "--action", "calls.report.silent");
        var e = Assert.Single(events.EnumerateArray());
        Assert.Equal("dir", e.GetProperty("actor").GetString());
        Assert.Equal(3, Records(e).Count(r => r.StartsWith("client:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Days_must_be_a_sensible_window()
    {
        using var store = Firm.Create(calls: false);
        Assert.Equal(5, store.RunAs("dir", "calls", "report", "silent", "--days", "0").ExitCode);
    }

    internal static string[] Records(System.Text.Json.JsonElement e)
    {
        var records = e.GetProperty("records");
        return records.ValueKind == System.Text.Json.JsonValueKind.Array
            ? records.Strings()
            : System.Text.Json.JsonDocument.Parse(records.GetString()!).RootElement.Strings();
    }
}
