using Ops.Sdk.Output;
using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class OutputTests
{
    [Fact]
    public void Csv_output_quotes_separators_and_neutralises_formulas()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("eve", "accountant", name: "=HYPERLINK(\"http://x\";\"Ева, \"\"злая\"\"\")");
        var csv = store.Run("staff", "show", "eve", "--format", "csv").ShouldSucceed().Out;
        var eve = Csv.Parse(csv).Single();
        Assert.Equal("eve", eve["login"]);
        Assert.Equal("'=HYPERLINK(\"http://x\";\"Ева, \"\"злая\"\"\")", eve["full_name"]);
    }

    [Theory]
    [InlineData("+7 (912) 555-01-02", "+7 (912) 555-01-02")]
    [InlineData("-15.50", "-15.50")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Csv_field_guard_keeps_numbers_and_phones_but_not_formulas(string text, string expected)
    {
        var field = CsvText.Field(text);
        var unquoted = field.StartsWith('"') ? field[1..^1].Replace("\"\"", "\"") : field;
        Assert.Equal(expected, unquoted);
    }

    [Fact]
    public void Json_listing_is_valid_json_and_keeps_cyrillic_readable()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("olga", "accountant", name: "Ольга \"Оля\" Смирнова \\ <b>&amp;</b>");
        var result = store.Run("staff", "list", "--format", "json").ShouldSucceed();
        Assert.Contains("Ольга", result.Out);
        var olga = result.Json().EnumerateArray().Single(e => e.GetProperty("login").GetString() == "olga");
        Assert.Equal("Ольга \"Оля\" Смирнова \\ <b>&amp;</b>", olga.GetProperty("full_name").GetString());
    }

    [Fact]
    public void A_timestamp_in_Moscow_time_is_written_in_utc_with_z()
    {
        var moscowNoon = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(3));
        Assert.Equal("2026-11-26T09:00:00Z", CellText.Of(moscowNoon));
        var json = new StringWriter();
        new TextOutput(json, TextWriter.Null).Record([new("at", moscowNoon), new("note", "")], OutputFormat.Json);
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToString());
        Assert.Equal("2026-11-26T09:00:00Z", doc.RootElement.GetProperty("at").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doc.RootElement.GetProperty("note").ValueKind);
    }

    [Theory]
    [InlineData("Ольга Смирнова", 14)]
    [InlineData("李小龍", 6)]
    [InlineData("e\u0301te\u0301", 3)]   // "été" with combining accents: they take no cell
    public void Display_width_counts_cyrillic_as_one_cell_and_wide_characters_as_two(string text, int cells) =>
        Assert.Equal(cells, DisplayWidth.Of(text));

    [Fact]
    public void A_table_narrower_than_its_rows_cuts_by_display_width_and_leaves_out_empty_columns()
    {
        var table = new StringWriter();
        var output = new TextOutput(table, TextWriter.Null) { Settings = new OutputSettings { TableWidth = 30 } };
        output.Rows(new[] { ("ООО «Очень длинное наименование»", "", "李小龍李小龍李小龍李小龍") },
            [Column.Of<(string, string, string)>("name", r => r.Item1), Column.Of<(string, string, string)>("empty", r => r.Item2),
             Column.Of<(string, string, string)>("contact", r => r.Item3)], OutputFormat.Table);
        var lines = table.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= 30, l));
        Assert.DoesNotContain("EMPTY", lines[0]);
        Assert.Contains("…", lines[1]);
    }

    [Fact]
    public void A_long_table_is_measured_on_its_first_rows_and_a_wider_cell_that_comes_later_is_written_whole()
    {
        var table = new StringWriter();
        var rows = Enumerable.Range(1, 1000).Select(i => (Id: i, Name: i == 900 ? "ООО «Наименование куда длиннее первых»" : $"Клиент {i:D4}", Note: i == 950 ? "later" : ""));
        new TextOutput(table, TextWriter.Null).Rows(rows,
            [Column.Of<(int Id, string Name, string Note)>("id", r => r.Id), Column.Of<(int Id, string Name, string Note)>("name", r => r.Name),
             Column.Of<(int Id, string Name, string Note)>("note", r => r.Note), Column.Of<(int Id, string Name, string Note)>("fee", _ => "100.00")], OutputFormat.Table);
        var lines = table.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(1001, lines.Length);
        Assert.Equal("ID   NAME         FEE", lines[0]);   // the note column is empty in every row the widths were measured on
        Assert.Equal("1    Клиент 0001  100.00", lines[1]);
        Assert.Equal("900  ООО «Наименование куда длиннее первых» 100.00", lines[900]);
        Assert.Equal("1000 Клиент 1000  100.00", lines[1000]);   // the id's extra digit taken back from the gap
        Assert.DoesNotContain(lines, l => l.Contains('…'));
    }

    [Fact]
    public void Audit_list_shows_records_as_text_in_a_table_and_keeps_json_as_documented()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("olga", "accountant");
        var table = store.Run("audit", "list").ShouldSucceed().Out;
        Assert.DoesNotContain("[\"", table);
        Assert.Contains("staff:olga", table);
    }

    [Fact]
    public void Piped_risk_output_has_no_colour_codes()
    {
        using var store = OpsTestStore.Create();
        var risk = store.Run("risk");
        Assert.Contains("[HIGH]", risk.Out);
        Assert.DoesNotContain('\u001b', risk.Out);
    }

    [Fact]
    public void Usage_errors_exit_2_and_point_to_help()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var result = store.Run("staff", "add");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ops staff add --help", result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_value_not_a_response_file()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.Run("staff", "add", "tg", "--name", "@anna_tg", "--role", "accountant").ShouldSucceed();
        Assert.Equal("@anna_tg", store.Run("staff", "show", "tg", "--format", "json").Json().GetProperty("full_name").GetString());
    }
}
