using System.Text.Json;
using Ops.Pay.Catalog;
using Ops.Testing;

namespace Ops.Pay.Tests;

/// <summary>Tasks from the statutory obligations catalog by each client's tax profile, deadlines moved off days off
/// by the production calendar (Tax Code art. 6.1 part 7).</summary>
public sealed class ObligationTests
{
    /// <summary>PayFirm's clients with profiles: Альфа an ООО on УСН without employees, no VAT; Гамма an ООО on ОСНО
    /// with employees, paying VAT; Бета without a profile.</summary>
    private static OpsTestStore Firm()
    {
        var store = PayFirm.Create();
        store.Run("clients", "update", PayFirm.Inn(1), "--legal-form", "ООО", "--tax-regime", "УСН", "--employer", "no", "--vat", "no").ShouldSucceed();
        store.Run("clients", "update", PayFirm.Inn(3), "--legal-form", "ООО", "--tax-regime", "ОСНО", "--employer", "yes", "--vat", "yes").ShouldSucceed();
        return store;
    }

    private static List<(string Obligation, string Client, string Due)> CatalogTasks(OpsTestStore store, string period) =>
        store.Run("pay", "tasks", "list", "--period", period, "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Where(t => t.GetProperty("regulation").GetString()!.StartsWith("nk.", StringComparison.Ordinal))
            .Select(t => (t.GetProperty("regulation").GetString()!, t.GetProperty("client").GetString()!, t.GetProperty("due_on").GetString()!))
            .OrderBy(t => t.Item2).ThenBy(t => t.Item1).ToList();

    [Fact]
    public void January_2026_deadlines_due_on_sunday_25_january_move_to_monday_26_and_only_the_employer_gets_them()
    {
        using var store = Firm();
        store.Run("pay", "tasks", "generate", "--period", "2026-01").ShouldSucceed();
        // Due in January 2026 by the catalog: the НДФЛ notice for January (25th of the month itself), РСВ and the VAT
        // return for Q4 2025 (25th of the month after). 25 January 2026 is a Sunday → Monday 26 January.
        // Гамма (ОСНО, employer, VAT): all three. Альфа (УСН, no employees, no VAT): none due in January.
        Assert.Equal(
        [
            ("nk.enp-notice-ndfl", "ООО Гамма", "2026-01-26"),
            ("nk.rsv", "ООО Гамма", "2026-01-26"),
            ("nk.vat-return", "ООО Гамма", "2026-01-26"),
        ], CatalogTasks(store, "2026-01"));
    }

    [Fact]
    public void In_april_the_usn_client_without_employees_gets_its_advance_notice_and_the_osno_employer_its_five_filings()
    {
        using var store = Firm();
        store.Run("pay", "tasks", "generate", "--period", "2026-04").ShouldSucceed();
        // 25 April 2026 is a Saturday → Monday 27 April for every one of them.
        // Альфа (УСН, no employees): the УСН advance notice for Q1 (НК ст. 58 п. 9) — nothing for employers or VAT.
        // Гамма (ОСНО, employer, VAT): НДФЛ notice for April, РСВ, 6-НДФЛ and VAT for Q1, profit tax for Q1.
        // Insurance notice and personified info for March are not due: the РСВ for Q1 covers the quarter's last month.
        Assert.Equal(
        [
            ("nk.usn-advance-notice", "ООО Альфа", "2026-04-27"),
            ("nk.6-ndfl", "ООО Гамма", "2026-04-27"),
            ("nk.enp-notice-ndfl", "ООО Гамма", "2026-04-27"),
            ("nk.profit-tax-interim", "ООО Гамма", "2026-04-27"),
            ("nk.rsv", "ООО Гамма", "2026-04-27"),
            ("nk.vat-return", "ООО Гамма", "2026-04-27"),
        ], CatalogTasks(store, "2026-04"));
        // running it again adds nothing
        Assert.Contains("created 0", store.Run("pay", "tasks", "generate", "--period", "2026-04").ShouldSucceed().Err);
    }

    [Fact]
    public void Explain_says_why_each_obligation_applies_or_not_per_client()
    {
        using var store = Firm();
        var rows = store.Run("pay", "tasks", "generate", "--period", "2026-04", "--explain", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        JsonElement Row(string client, string obligation) => rows.Single(r => r.GetProperty("client").GetString() == client && r.GetProperty("obligation").GetString() == obligation);
        var alfaRsv = Row("ООО Альфа", "nk.rsv");
        Assert.False(alfaRsv.GetProperty("applies").GetBoolean());
        Assert.Equal("no employees", alfaRsv.GetProperty("why").GetString());
        Assert.Equal("regime УСН is not ОСНО", Row("ООО Альфа", "nk.profit-tax-interim").GetProperty("why").GetString());
        var gammaRsv = Row("ООО Гамма", "nk.rsv");
        Assert.True(gammaRsv.GetProperty("applies").GetBoolean());
        Assert.Equal("an employer (НК РФ ст. 431 п. 7)", gammaRsv.GetProperty("why").GetString());
        Assert.Equal(("2026-04-25", "2026-04-27"), (gammaRsv.GetProperty("due_by_rule").GetString(), gammaRsv.GetProperty("due_on").GetString()));
        Assert.Contains("no tax profile", Row("ООО Бета", "nk.rsv").GetProperty("why").GetString());
    }

    [Fact]
    public void A_hand_written_statutory_regulation_due_on_a_holiday_moves_to_the_next_working_day_and_keeps_working()
    {
        using var store = Firm();
        // due on the 23rd of each month: 23 February 2026 is Defender of the Fatherland Day (Monday) → Tuesday 24 February
        store.Run("pay", "regulations", "add", "bank-check", "--service", "vat", "--title", "Bank reconciliation", "--every", "month",
            "--due-day", "23", "--offset-months", "0", "--statutory").ShouldSucceed();
        store.Run("pay", "tasks", "generate", "--period", "2026-02").ShouldSucceed();
        var due = store.Run("pay", "tasks", "list", "--period", "2026-02", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Where(t => t.GetProperty("regulation").GetString() == "bank-check").Select(t => t.GetProperty("due_on").GetString()).Distinct().ToList();
        Assert.Equal(["2026-02-24"], due);
    }

    [Fact]
    public void The_shipped_catalog_names_a_legal_basis_for_every_obligation()
    {
        var catalog = ObligationCatalog.Shipped();
        Assert.Equal("2026.1", catalog.Version);
        Assert.All(catalog.Obligations, o => Assert.Matches(@"(НК РФ ст\. \d|402-ФЗ ст\. 18)", o.Basis));
        Assert.True(catalog.Obligations.Count >= 12);
    }

    [Fact]
    public void A_broken_catalog_file_is_refused_with_each_problem_and_the_shipped_one_stays_in_force()
    {
        using var store = Firm();
        var file = store.WriteFile("bad.yaml", """
            catalog: ru-statutory
            version: "2026.2"
            valid_from: 2026-01-01
            source: test
            obligations:
              - code: rsv
                name: РСВ
                basis: НК РФ ст. 431 п. 7
                applies: { employer: yes, regime: [ЕНВД] }
                every: fortnight
                due: { months_after: 1, day: 32 }
            """);
        var result = store.Run("pay", "obligations", "load", file);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("'ЕНВД' is not one of", result.Err);
        Assert.Contains("'fortnight' is not month, quarter or year", result.Err);
        Assert.Contains("32 is not a day", result.Err);
        Assert.Contains("must be true or false", result.Err);
        Assert.Contains("2026.1", store.Run("pay", "obligations", "list").ShouldSucceed().Err);
    }

    [Fact]
    public void A_newer_catalog_version_is_loaded_and_used_by_the_next_generation()
    {
        using var store = Firm();
        var file = store.WriteFile("new.yaml", """
            catalog: ru-statutory
            version: "2026.2"
            valid_from: 2026-01-01
            source: test
            obligations:
              - code: rsv
                name: РСВ
                basis: НК РФ ст. 431 п. 7
                applies: { employer: true }
                every: quarter
                due: { months_after: 1, day: 20 }
            """);
        store.Run("pay", "obligations", "load", file).ShouldSucceed();
        Assert.Equal(6, store.Run("pay", "obligations", "load", file).ExitCode);
        store.Run("pay", "tasks", "generate", "--period", "2026-07").ShouldSucceed();
        // 20 July 2026 is a Monday: no move; only the one obligation of the new catalog
        Assert.Equal([("nk.rsv", "ООО Гамма", "2026-07-20")], CatalogTasks(store, "2026-07"));
    }
}
