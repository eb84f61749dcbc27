using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

public sealed class RiskTests
{
    [Fact]
    public void Ops_risk_reports_silent_clients_and_unrecorded_lines_with_fixes()
    {
        using var store = Firm.Create();
        var report = store.Run("risk", "--format", "json");
        var findings = report.Json().GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("check").GetString()!.StartsWith("calls.", StringComparison.Ordinal)).ToList();

        var silent = Assert.Single(findings, f => f.GetProperty("check").GetString() == "calls.silent-clients");
        Assert.Equal("high", silent.GetProperty("severity").GetString());
        Assert.Equal(3, silent.GetProperty("records").GetArrayLength());

        var lines = findings.Where(f => f.GetProperty("check").GetString() == "calls.unrecorded-lines")
            .ToDictionary(f => f.GetProperty("records")[0].GetString()!, f => f);
        Assert.Equal(["line:102", "line:105", "line:anna-mobile"], lines.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("high", lines["line:105"].GetProperty("severity").GetString());
        Assert.StartsWith("ops calls lines add 105", lines["line:105"].GetProperty("fix").GetString());
        Assert.StartsWith("ops calls lines set 102 --recorded yes", lines["line:102"].GetProperty("fix").GetString());

        Assert.Single(findings, f => f.GetProperty("check").GetString() == "calls.key-no-owner-call");
        Assert.DoesNotContain("+791611100", report.Out);
    }

    [Fact]
    public void Without_recent_call_records_the_check_asks_for_an_import()
    {
        using var store = Firm.Create(calls: false);
        var findings = store.Run("risk", "--format", "json").Json().GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("check").GetString()!.StartsWith("calls.", StringComparison.Ordinal)).ToList();
        var only = Assert.Single(findings);
        Assert.Equal("low", only.GetProperty("severity").GetString());
        Assert.StartsWith("ops calls import", only.GetProperty("fix").GetString());
    }
}
