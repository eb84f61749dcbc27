using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

/// <summary>The committed sample/Master.csv against the sample firm's clients (samples/firm/clients.csv).</summary>
public sealed class SampleFirmTests
{
    private static readonly (string Login, string Role, string Team, string Line)[] Staff =
    [
        ("sokolov", "director", "", "100"), ("belova", "partner", "", "101"),
        ("orlova", "team-lead", "north", "110"), ("volkova", "accountant", "north", "111"), ("ivanova", "accountant", "north", "112"), ("petrov", "accountant", "north", "113"),
        ("kuznetsov", "team-lead", "south", "120"), ("smirnova", "accountant", "south", "121"), ("fedorova", "accountant", "south", "122"), ("nikitin", "accountant", "south", "123"),
        ("morozova", "team-lead", "west", "130"), ("pavlova", "accountant", "west", "131"), ("egorova", "accountant", "west", "132"), ("zaitseva", "accountant", "west", "133"),
    ];

    [Fact]
    public void The_sample_master_csv_tells_the_departing_accountants_story()
    {
        var clients = Path.Combine(OpsTestStore.RepoRoot, "samples", "firm", "clients.csv");
        using var store = OpsTestStore.Create();
        foreach (var (login, role, team, _) in Staff) store.AddStaff(login, role, team);
        store.Run("clients", "import", clients).ShouldSucceed();
        foreach (var (login, _, _, line) in Staff)
            store.Run(["calls", "lines", "add", line, "--login", login, .. line == "121" ? Array.Empty<string>() : ["--recorded"]]).ShouldSucceed();
        store.Run("calls", "lines", "add", "trunk-mts", "--kind", "trunk", "--recorded").ShouldSucceed();

        var import = store.Run("calls", "import", Path.Combine(OpsTestStore.RepoRoot, "samples", "plugins", "Ops.Samples.Calls", "sample", "Master.csv"), "--format", "json").ShouldSucceed().Json();
        Assert.True(import.GetProperty("added").GetInt32() > 200);

        var leads = store.Json("sokolov", "clients", "list").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("lead").ToString());
        var unrecorded = store.Json("sokolov", "calls", "report", "unrecorded").EnumerateArray().ToList();
        var mobile = unrecorded.Where(r => r.GetProperty("line").GetString() == "volkova-mobile").ToList();
        Assert.NotEmpty(mobile);
        Assert.All(mobile, r => Assert.Contains("volkova", leads[r.GetProperty("client").GetString()!]));
        Assert.Contains(unrecorded, r => r.GetProperty("line").GetString() == "121" && r.GetProperty("line_status").GetString() == "not-recorded");
        Assert.NotEmpty(store.Json("sokolov", "calls", "report", "silent").EnumerateArray());
    }
}
