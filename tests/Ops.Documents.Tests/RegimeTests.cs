namespace Ops.Documents.Tests;

public sealed class RegimeTests
{
    private static Dictionary<string, string> States(Testing.OpsTestStore store) =>
        store.Run("docs", "regime", "--format", "json").Json().EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("state").GetString()!);

    [Fact]
    public void The_regime_goes_from_missing_to_done_as_the_firm_does_each_step()
    {
        using var store = Testing.OpsTestStore.Create();
        store.Run("staff", "add", "petrova", "--name", "Петрова Анна", "--role", "accountant", "--hire-date", "2024-03-01").ShouldSucceed();
        store.Run("staff", "add", "orlov", "--name", "Орлов Дмитрий", "--role", "team-lead", "--hire-date", "2024-03-01").ShouldSucceed();
        Assert.Equal(1, store.Run("docs", "regime").ExitCode);
        Assert.All(States(store).Values, s => Assert.Equal("missing", s));

        store.Run("firm", "set", "--name", "ООО «Бухэксперт»", "--address", "г. Москва, ул. Тверская, д. 1").ShouldSucceed();
        Assert.Equal("missing", States(store)["stamp"]);
        store.Run("firm", "set", "--full-name", Firm.FullName).ShouldSucceed();
        Assert.Equal("done", States(store)["stamp"]);

        store.Run("docs", "adopt", "list", "--date", "2026-11-20", "--order", "1-од").ShouldSucceed();
        Assert.Equal("done", States(store)["list"]);
        store.Run("docs", "secrets", "add", "Система оплаты труда работников").ShouldSucceed();
        var regime = store.Run("docs", "regime");
        Assert.Contains("98-FZ art. 5", regime.Out);
        Assert.Contains("changed after its approval", regime.Out);
        var pay = store.Run("docs", "secrets", "list", "--format", "json").Json().EnumerateArray()
            .Single(i => i.GetProperty("title_ru").GetString()!.StartsWith("Система", StringComparison.Ordinal));
        store.Run("docs", "secrets", "remove", pay.GetProperty("id").GetInt64().ToString()).ShouldSucceed();
        store.Run("docs", "adopt", "list", "--date", "2026-11-21", "--order", "2-од").ShouldSucceed();
        Assert.Equal("done", States(store)["list"]);

        store.Run("docs", "adopt", "regulation", "--date", "2026-11-21", "--order", "3-од").ShouldSucceed();
        Assert.Equal("done", States(store)["access"]);

        var people = new[] { "admin", "petrova", "orlov" };
        Assert.Contains("3 people have access to the trade secret without a signed acknowledgment", store.Run("docs", "regime").Out);
        foreach (var p in people) store.Run("docs", "sign", "--person", p, "--doc", "acknowledgment", "--date", "2026-11-26").ShouldSucceed();
        Assert.Equal("done", States(store)["register"]);

        store.Run("docs", "adopt", "client-clause", "--date", "2026-11-26", "--order", "4-од").ShouldSucceed();
        foreach (var p in people) store.Run("docs", "sign", "--person", p, "--doc", "nda", "--date", "2026-11-26").ShouldSucceed();
        Assert.Equal("missing", States(store)["contracts"]);
        foreach (var p in people) store.Run("docs", "sign", "--person", p, "--doc", "addendum", "--date", "2026-11-26").ShouldSucceed();

        var done = store.Run("docs", "regime");
        Assert.Equal(0, done.ExitCode);
        Assert.All(States(store).Values, s => Assert.Equal("done", s));
        Assert.Contains("regime is in place", done.Err);
    }

    [Fact]
    public void An_accountant_may_not_run_the_regime_check()
    {
        using var store = Firm.Small();
        Assert.Equal(4, store.RunAs("petrova", "docs", "regime").ExitCode);
    }
}
