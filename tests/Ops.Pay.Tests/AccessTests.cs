using Ops.Testing;

namespace Ops.Pay.Tests;

/// <summary>An accountant sees only their own statement and tasks, in every format; every view is audited.</summary>
public sealed class AccessTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_accountant_sees_only_their_own_statement_in_table_json_and_csv(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var json = store.RunAs("anna", "pay", "calc", "--period", "2026-10", "--format", "json").ShouldSucceed().Json();
        Assert.All(json.EnumerateArray(), r => Assert.Equal("anna", r.GetProperty("login").GetString()));
        Assert.NotEqual(0, json.GetArrayLength());

        var csv = store.RunAs("anna", "pay", "calc", "--period", "2026-10", "--format", "csv").ShouldSucceed().Out;
        var rows = Csv.Parse(csv);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(("2026-10", "anna"), (r["period"], r["login"])));

        var table = store.RunAs("anna", "pay", "calc", "--period", "2026-10").ShouldSucceed().Out;
        Assert.Contains("anna", table);
        Assert.DoesNotContain("boris", table);
        Assert.DoesNotContain("Борис", table);

        // the director sees both
        var all = store.RunAs("dir", "pay", "calc", "--period", "2026-10", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(["anna", "boris"], all.EnumerateArray().Select(r => r.GetProperty("login").GetString()).Distinct().Order());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Asking_for_someone_elses_statement_is_denied_and_audited(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var result = store.RunAs("anna", "pay", "calc", "--period", "2026-10", "--person", "boris", "--format", "json");
        Assert.Equal(4, result.ExitCode);
        Assert.Empty(result.Out);
        var events = store.Run("audit", "list", "--action", "pay.statements.view", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("actor").GetString() == "anna" && e.GetProperty("result").GetString() == "denied");
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Every_statement_view_is_audited_with_the_people_shown(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        store.RunAs("anna", "pay", "calc", "--period", "2026-10", "--format", "csv").ShouldSucceed();
        store.RunAs("dir", "pay", "calc", "--period", "2026-10").ShouldSucceed();
        var events = store.Run("audit", "list", "--action", "pay.statements.view", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        var anna = events.Single(e => e.GetProperty("actor").GetString() == "anna");
        Assert.Equal(["period:2026-10", "staff:anna"], Records(anna).Order(StringComparer.Ordinal));
        var dir = events.Single(e => e.GetProperty("actor").GetString() == "dir");
        Assert.Equal(["period:2026-10", "staff:anna", "staff:boris"], Records(dir).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string?> Records(System.Text.Json.JsonElement e)
    {
        var records = e.GetProperty("records");
        return (records.ValueKind == System.Text.Json.JsonValueKind.String ? System.Text.Json.JsonDocument.Parse(records.GetString()!).RootElement : records)
            .EnumerateArray().Select(r => r.GetString()).ToList();
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_accountant_lists_and_completes_only_their_own_tasks(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var ids = PayFirm.Tasks(store);
        var mine = store.RunAs("anna", "pay", "tasks", "list", "--format", "csv").ShouldSucceed().Out;
        Assert.DoesNotContain("ООО Гамма", mine); // Гамма's task goes to boris
        Assert.Contains("ООО Альфа", mine);
        var foreign = store.RunAs("anna", "pay", "tasks", "done", ids[("vat-return", "ООО Гамма")].ToString());
        Assert.Equal(3, foreign.ExitCode);
        Assert.Equal(4, store.RunAs("anna", "pay", "tasks", "generate", "--period", "2026-11").ExitCode);
        Assert.Equal(4, store.RunAs("anna", "pay", "plans", "list").ExitCode);
        Assert.Equal(4, store.RunAs("anna", "pay", "close", "--period", "2026-10").ExitCode);
    }
}

public sealed class TeamScopeTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_team_lead_sees_the_tasks_of_their_team_only(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        store.AddStaff("lena", "team-lead", team: "north");
        store.AddStaff("sam", "team-lead", team: "south");
        var north = store.RunAs("lena", "pay", "tasks", "list", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(4, north.GetArrayLength()); // anna's three and boris's one
        Assert.Empty(store.RunAs("sam", "pay", "tasks", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray());
        Assert.Equal(4, store.RunAs("sam", "pay", "tasks", "list", "--person", "anna").ExitCode);
    }
}
