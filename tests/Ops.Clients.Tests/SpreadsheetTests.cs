using System.Text;
using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>`--format xlsx` and the CSV options for Excel, judged by real readers (MiniExcel, LibreOffice Calc).</summary>
public sealed class SpreadsheetTests
{
    private static OpsTestStore OpenBase()
    {
        var store = Firm.Create();
        store.Run("access", "grant", "clients.view", "--role", "accountant", "--scope", "all").ShouldSucceed();
        return store;
    }

    private static string Xlsx(OpsTestStore store, string who, string name = "clients.xlsx")
    {
        var path = Path.Combine(store.Directory, name);
        store.RunAs(who, "clients", "list", "--format", "xlsx", "--out", path).ShouldSucceed();
        return path;
    }

    [Fact]
    public void Clients_list_as_xlsx_has_typed_cells_with_cyrillic_and_money_intact()
    {
        using var store = Firm.Create();
        var rows = Spreadsheets.ReadXlsx(Xlsx(store, "dir"));
        Assert.Equal(4, rows.Count);
        var alpha = rows.Single(r => (string?)r["INN"] == Firm.AlphaInn);
        Assert.Equal("ООО Альфа", alpha["NAME"]);
        Assert.Equal(12500.0, Assert.IsType<double>(alpha["MONTHLY FEE"]));   // a number, not the text "12500.00"
        Assert.Equal(8000.0, rows.Single(r => (string?)r["INN"] == Firm.BetaInn)["MONTHLY FEE"]);
        Assert.IsType<double>(alpha["ID"]);
        Assert.Equal(true, alpha["KEY"]);
        Assert.Contains("formatCode=\"#,##0.00\"", Spreadsheets.AllXml(Xlsx(store, "dir", "again.xlsx")));
    }

    [Fact]
    public void LibreOffice_opens_the_xlsx_with_cyrillic_and_numbers_intact()
    {
        if (Spreadsheets.LibreOfficeCalcMissing is { } missing) Assert.Skip(ToolSkip.Reason(missing));
        using var store = Firm.Create();
        // csv export: ',' separated, '"' quoted, UTF-8 (76), values as stored, not as shown
        var csv = Spreadsheets.LibreOffice(Xlsx(store, "dir"), "csv", "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false");
        var rows = Csv.Parse(File.ReadAllText(csv));
        var alpha = rows.Single(r => r["INN"] == Firm.AlphaInn);
        Assert.Equal("ООО Альфа", alpha["NAME"]);
        Assert.Equal("12500", alpha["MONTHLY FEE"]);
        Assert.Equal("ivan@alfa.ru", alpha["EMAILS"]);
    }

    [Fact]
    public void A_semicolon_csv_with_bom_opens_in_LibreOffice_in_the_right_columns()
    {
        if (Spreadsheets.LibreOfficeCalcMissing is { } missing) Assert.Skip(ToolSkip.Reason(missing));
        using var store = Firm.Create();
        var path = Path.Combine(store.Directory, "clients.csv");
        store.RunAs("dir", "clients", "list", "--format", "csv", "--delimiter", ";", "--bom", "--out", path).ShouldSucceed();
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        // Calc reads it as ';'-separated UTF-8 (59,34,76) and saves a workbook, which MiniExcel reads back cell by cell.
        var xlsx = Spreadsheets.LibreOffice(path, "xlsx", "Calc MS Excel 2007 XML", "CSV:59,34,76,1");
        var alpha = Spreadsheets.ReadXlsx(xlsx).Single(r => r["inn"]?.ToString() == Firm.AlphaInn);
        Assert.Equal("ООО Альфа", alpha["name"]);
        Assert.Equal(12500.0, alpha["monthly_fee"]);
        Assert.Equal("ivan@alfa.ru", alpha["emails"]);
    }

    [Fact]
    public void An_accountant_exporting_xlsx_gets_the_contacts_masked_exactly_as_in_the_table()
    {
        using var store = OpenBase();
        var path = Xlsx(store, "boris");
        var xml = Spreadsheets.AllXml(path);
        Assert.DoesNotContain("ivan@alfa.ru", xml);
        Assert.DoesNotContain("555-01-12", xml);
        Assert.DoesNotContain("Иван Петров", xml);
        var alpha = Spreadsheets.ReadXlsx(path).Single(r => (string?)r["INN"] == Firm.AlphaInn);
        Assert.Equal("i•••@alfa.ru", alpha["EMAILS"]);
        Assert.Equal("И••• П•••", alpha["CONTACT"]);
        Assert.Equal(true, alpha["MASKED"]);
    }

    [Fact]
    public void Xlsx_never_overwrites_an_existing_file()
    {
        using var store = Firm.Create();
        var path = store.WriteFile("mine.xlsx", "not a workbook");
        var result = store.RunAs("dir", "clients", "list", "--format", "xlsx", "--out", path);
        Assert.Equal(6, result.ExitCode);
        Assert.Equal("not a workbook", File.ReadAllText(path));
    }

    [Fact]
    public void Xlsx_without_a_file_or_a_redirected_stdout_is_refused_before_anything_is_read()
    {
        using var store = Firm.Create();
        var before = store.Json("admin", "audit", "list").GetArrayLength();
        var result = store.RunAs("dir", "clients", "list", "--format", "xlsx");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("hint: add --out FILE", result.Err);
        Assert.Equal("", result.Out);
        Assert.Equal(before, store.Json("admin", "audit", "list").GetArrayLength());   // no clients.view: nothing was read
    }

    [Fact]
    public void Windows_1251_csv_is_cyrillic_in_that_code_page()
    {
        using var store = Firm.Create();
        var path = Path.Combine(store.Directory, "clients-1251.csv");
        store.RunAs("dir", "clients", "list", "--format", "csv", "--delimiter", ";", "--encoding", "windows-1251", "--out", path).ShouldSucceed();
        var text = Firm.Win1251.GetString(File.ReadAllBytes(path));
        Assert.Contains(";ООО Альфа;", text);
        Assert.StartsWith("id;name;inn", text);
    }
}
