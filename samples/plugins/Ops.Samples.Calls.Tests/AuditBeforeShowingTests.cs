using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

/// <summary>A report is on record, committed, naming the clients it is about to show, before its first byte leaves.</summary>
public sealed class AuditBeforeShowingTests
{
    [Theory]
    [InlineData("silent")]
    [InlineData("unrecorded")]
    [InlineData("key-owner")]
    public void An_interrupted_report_is_already_audited(string report)
    {
        using var store = Firm.Create();
        var r = store.RunInto(new DyingWriter(20), "dir", "calls", "report", report, "--format", "json");
        Assert.NotEqual(0, r.ExitCode);
        var recorded = Assert.Single(store.Run("audit", "list", "--action", "calls.report." + report, "--format", "json").ShouldSucceed().Json()
            .EnumerateArray()).GetProperty("records").GetString()!;

        var shown = store.Json("dir", "calls", "report", report).Clients();
        Assert.NotEmpty(shown);
        var ids = store.Json("dir", "clients", "list").EnumerateArray()
            .Where(c => shown.Contains(c.GetProperty("name").GetString()))
            .Select(c => "client:" + c.GetProperty("id")).ToList();
        Assert.All(ids, id => Assert.Contains($"\"{id}\"", recorded));
    }
}
