using System.Text;
using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class ImportTests
{
    /// <summary>The stderr of the import and of its dry run of <paramref name="path"/>, each refused as bad input (exit 5)
    /// with nothing written.</summary>
    private static IEnumerable<string> RefusedByImportAndDryRun(OpsTestStore store, string path)
    {
        foreach (var args in new[] { new[] { "clients", "import", path }, ["clients", "import", "--dry-run", path] })
        {
            var result = store.RunAs("dir", args);
            Assert.Equal(5, result.ExitCode);
            Assert.Contains("nothing was written", result.Err);
            yield return result.Err;
        }
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Windows_1251_with_semicolons_and_russian_headers_is_detected_and_imported(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        const string text = "ИНН;Наименование;КПП;Абонплата;Контактное_лицо;Телефоны\r\n7707083893;ООО «Альфа»;770701001;12 500,00;Иван Петров;8 912 555 01 12\r\n";
        var path = store.WriteFile("1c.csv", text, Firm.Win1251);
        store.RunAs("dir", "clients", "import", path).ShouldSucceed();
        var alpha = store.Json("dir", "clients", "list").ByInn(Firm.AlphaInn);
        Assert.Equal("ООО «Альфа»", alpha.GetProperty("name").GetString());
        Assert.Equal(12500m, alpha.GetProperty("monthly_fee").GetDecimal());
        Assert.Equal(["+79125550112"], alpha.GetProperty("phones").Strings());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Encoding_can_be_forced(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        var path = store.WriteFile("x.csv", "inn,name\n7707083893,Альфа\n", Firm.Win1251);
        var wrong = store.RunAs("dir", "clients", "import", path, "--encoding", "utf-8");
        Assert.Equal(5, wrong.ExitCode);
        store.RunAs("dir", "clients", "import", path, "--encoding", "windows-1251").ShouldSucceed();
        Assert.Equal("Альфа", store.Json("dir", "clients", "show", Firm.AlphaInn).GetProperty("name").GetString());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Errors_name_line_column_and_fix_and_nothing_is_written(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        var path = store.WriteFile("bad.csv", """
            inn,name,monthly_fee,lead,contact_person,contact_emails
            7707083893,Альфа,100,anna,Иван,ivan@alfa.ru
            7707083894,Ошибка,abc,nobody,,x@y.ru
            7707083893,Дубль,1,,,
            """);
        var result = store.RunAs("dir", "clients", "import", path);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("bad.csv:3 [inn]", result.Err);
        Assert.Contains("bad.csv:3 [monthly_fee]", result.Err);
        Assert.Contains("bad.csv:3 [lead]", result.Err);
        Assert.Contains("bad.csv:3 [contact_person]", result.Err);
        Assert.Contains("Fix:", result.Err);
        Assert.Contains("nothing was written", result.Err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_duplicate_INN_is_reported_with_both_lines_and_the_rows_before_it_are_rolled_back(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        var path = store.WriteFile("dup.csv", """
            inn,name
            7707083893,Альфа
            7728168971,Бета
            7707083893,Дубль
            """);
        foreach (var err in RefusedByImportAndDryRun(store, path))
            Assert.Contains("dup.csv:4 [inn]: INN 7707083893 is also on line 2", err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());

        // The same INN twice among clients the store already has: an update met twice is refused too.
        store.RunAs("dir", "clients", "import", store.WriteFile("first.csv", "inn,name\n7707083893,Альфа\n")).ShouldSucceed();
        var again = store.RunAs("dir", "clients", "import", store.WriteFile("again.csv", "inn,name\n7707083893,Альфа-1\n7707083893,Альфа-2\n"));
        Assert.Equal(5, again.ExitCode);
        Assert.Contains("again.csv:3 [inn]: INN 7707083893 is also on line 2", again.Err);
        Assert.Equal("Альфа", store.Json("dir", "clients", "list").EnumerateArray().Single().GetProperty("name").GetString());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_problem_hundreds_of_rows_in_rolls_back_every_row_written_before_it_and_later_problems_are_still_listed(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        // Rows are written while the rest of the file is still being checked (handed over 256 at a time): the 768 rows
        // of the batches before line 902, which has no name, are written all the same; the last line has a problem too.
        var csv = ManyClients.Csv(1000, "anna").Replace(",ООО Клиент-900,", ",,").Replace(",ООО Клиент-999,", ",,");
        var path = store.WriteFile("many.csv", csv);
        foreach (var err in RefusedByImportAndDryRun(store, path))
        {
            Assert.Contains("2 problem(s) in the input; nothing was written", err);
            Assert.Contains("many.csv:902 [name]", err);
            Assert.Contains("many.csv:1001 [name]", err);
        }
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Every_row_is_imported_whatever_the_file_length(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        foreach (var count in new[] { 1, 255, 256, 257, 768 })   // around the rows the validation hands over at a time
        {
            var result = store.RunAs("dir", "clients", "import", store.WriteFile($"{count}.csv", ManyClients.Csv(count, "anna"))).ShouldSucceed();
            Assert.Contains($"Imported {count} client(s)", result.Err);
        }
        Assert.Equal(768, store.Json("dir", "clients", "list").GetArrayLength());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Reimport_updates_by_INN_and_never_duplicates(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var again = store.RunAs("dir", "clients", "import", store.WriteFile("again.csv", Firm.Csv.Replace("ООО Альфа", "ООО Альфа-Плюс"))).ShouldSucceed();
        Assert.Contains("0 added, 4 updated", again.Err);
        var list = store.Json("dir", "clients", "list");
        Assert.Equal(4, list.GetArrayLength());
        Assert.Equal("ООО Альфа-Плюс", list.ByInn(Firm.AlphaInn).GetProperty("name").GetString());
        Assert.Single(store.Json("dir", "clients", "contacts", "list", Firm.AlphaInn).EnumerateArray(), r => r.GetProperty("kind").GetString() == "phone");
        Assert.Equal(1, store.Json("dir", "clients", "show", Firm.AlphaInn).GetProperty("assignments").GetArrayLength());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Dry_run_validates_and_reports_without_writing(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        var result = store.RunAs("dir", "clients", "import", store.WriteFile("firm.csv", Firm.Csv), "--dry-run").ShouldSucceed();
        Assert.Contains("would add 4", result.Err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Quoted_fields_with_separators_and_line_breaks_are_read(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        var path = store.WriteFile("q.csv", "inn,name,services\r\n7707083893,\"ООО \"\"Альфа, и партнёры\"\"\",\"usn|\r\npayroll\"\r\n", new UTF8Encoding(true));
        store.RunAs("dir", "clients", "import", path).ShouldSucceed();
        var alpha = store.Json("dir", "clients", "show", Firm.AlphaInn);
        Assert.Equal("ООО \"Альфа, и партнёры\"", alpha.GetProperty("name").GetString());
        Assert.Equal(["usn", "payroll"], alpha.GetProperty("services").Strings());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Import_needs_edit_with_scope_all(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        Assert.Equal(4, store.RunAs("lead", "clients", "import", store.WriteFile("firm.csv", Firm.Csv)).ExitCode);
    }
}
