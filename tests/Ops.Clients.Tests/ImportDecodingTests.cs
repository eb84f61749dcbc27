using System.Text;
using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>How an import file's bytes become text and rows: strict UTF-8 first, Windows-1251 only for a file that is
/// not UTF-8 at all (said on stderr), and every damaged byte, control character or ragged row an error.</summary>
public sealed class ImportDecodingTests
{
    private static string Write(OpsTestStore store, string name, byte[] bytes)
    {
        var path = Path.Combine(store.Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_UTF8_file_with_one_invalid_byte_is_refused_instead_of_stored_as_mojibake()
    {
        using var store = Firm.Create(import: false);
        var good = Encoding.UTF8.GetBytes($"inn,name\n{Firm.AlphaInn},ООО Альфа\n{Firm.BetaInn},ООО Бета\n");
        var bytes = good.Concat(Encoding.UTF8.GetBytes($"{Firm.GammaInn},ООО Гамма")).Append((byte)0xFF).Append((byte)'\n').ToArray();
        var result = store.RunAs("dir", "clients", "import", Write(store, "damaged.csv", bytes));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("is UTF-8 but has 1 invalid byte sequence(s), the first at line 4", result.Err);
        Assert.Contains("--encoding windows-1251", result.Err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }

    [Fact]
    public void A_Windows_1251_file_is_read_as_such_and_the_guess_is_said_on_stderr()
    {
        using var store = Firm.Create(import: false);
        var path = store.WriteFile("1c.csv", $"ИНН;Наименование\r\n{Firm.AlphaInn};ООО «Альфа»\r\n", Firm.Win1251);
        var detected = store.RunAs("dir", "clients", "import", path).ShouldSucceed();
        Assert.Contains("note: 1c.csv is not UTF-8; read it as Windows-1251", detected.Err);
        Assert.Equal("ООО «Альфа»", store.Json("dir", "clients", "show", Firm.AlphaInn).GetProperty("name").GetString());
        var forced = store.RunAs("dir", "clients", "import", path, "--encoding", "windows-1251").ShouldSucceed();
        Assert.DoesNotContain("Windows-1251", forced.Err);
        var utf8 = store.RunAs("dir", "clients", "import", store.WriteFile("u.csv", $"inn,name\n{Firm.AlphaInn},ООО «Альфа»\n")).ShouldSucceed();
        Assert.DoesNotContain("Windows-1251", utf8.Err);
    }

    [Fact]
    public void A_NUL_byte_in_a_name_is_refused_with_its_line_and_column()
    {
        using var store = Firm.Create(import: false);
        var path = store.WriteFile("nul.csv", $"inn,name\n{Firm.AlphaInn},ООО Аль\0фа\n");
        var result = store.RunAs("dir", "clients", "import", path);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("nul.csv:2 [name]: the value contains the control character U+0000", result.Err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }

    [Fact]
    public void A_file_cut_mid_row_is_refused_instead_of_importing_its_last_row_with_columns_cleared()
    {
        using var store = Firm.Create();
        var cut = Firm.Csv.Split('\n')[0] + "\n" + $"{Firm.AlphaInn},ООО Альфа,770701001,12500";
        var result = store.RunAs("dir", "clients", "import", store.WriteFile("cut.csv", cut));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("cut.csv:2: the row has 4 field(s) but the header has 14", result.Err);
        var alpha = store.Json("dir", "clients", "list").ByInn(Firm.AlphaInn);
        Assert.Equal(["+79125550112"], alpha.GetProperty("phones").Strings());
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_is_refused()
    {
        using var store = Firm.Create(import: false);
        var result = store.RunAs("dir", "clients", "import", store.WriteFile("long.csv", $"inn,name\n{Firm.AlphaInn},ООО Альфа, Москва\n"));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("long.csv:2: the row has 3 field(s) but the header has 2", result.Err);
    }

    [Fact]
    public void A_1C_name_with_unescaped_quotes_is_imported_as_written()
    {
        using var store = Firm.Create(import: false);
        var path = store.WriteFile("1c.csv", $"ИНН;Наименование;КПП\r\n{Firm.AlphaInn};ООО \"Ромашка\";770701001\r\n", Firm.Win1251);
        store.RunAs("dir", "clients", "import", path).ShouldSucceed();
        Assert.Equal("ООО \"Ромашка\"", store.Json("dir", "clients", "show", Firm.AlphaInn).GetProperty("name").GetString());
        Assert.Equal("770701001", store.Json("dir", "clients", "show", Firm.AlphaInn).GetProperty("kpp").GetString());
    }

    [Fact]
    public void An_unterminated_quote_is_still_refused()
    {
        using var store = Firm.Create(import: false);
        var result = store.RunAs("dir", "clients", "import", store.WriteFile("q.csv", $"inn,name\n{Firm.AlphaInn},\"ООО Альфа\n{Firm.BetaInn},ООО Бета\n"));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("malformed CSV quoting", result.Err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }
}
