using System.Text;
using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

public sealed class ImportTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Importing_the_same_master_csv_twice_adds_nothing_the_second_time(TestEngine engine)
    {
        using var store = Firm.Create(engine, calls: false);
        var file = Firm.Cdr().Write(Path.Combine(store.Directory, "Master.csv"));

        var first = store.Run("calls", "import", file, "--format", "json").ShouldSucceed().Json();
        var second = store.Run("calls", "import", file, "--format", "json").ShouldSucceed().Json();

        Assert.Equal(309, first.GetProperty("added").GetInt32());
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(309, second.GetProperty("already_imported").GetInt32());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_dry_run_counts_but_writes_nothing(TestEngine engine)
    {
        using var store = Firm.Create(engine, calls: false);
        var file = Firm.Cdr().Write(Path.Combine(store.Directory, "Master.csv"));

        var dry = store.Run("calls", "import", file, "--dry-run", "--format", "json").ShouldSucceed().Json();

        Assert.Equal(309, dry.GetProperty("added").GetInt32());
        Assert.True(dry.GetProperty("dry_run").GetBoolean());
        Assert.Empty(store.Json("dir", "calls", "report", "unrecorded").EnumerateArray());
        Assert.Equal(309, store.Run("calls", "import", file, "--format", "json").ShouldSucceed().Json().GetProperty("added").GetInt32());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_bad_master_csv_is_refused_whole_with_line_column_and_fix(TestEngine engine)
    {
        using var store = Firm.Create(engine, calls: false);
        var good = new CdrGenerator(1).Out(Firm.Today.AddDays(-1), "101", "+79161110001").ToString().TrimEnd('\n');
        var lines = new[]
        {
            good,
            good.Replace("\"2026-11-25 00:00:00\"", "\"25/11/2026\""),
            "\"\",\"101\",\"89161110001\"",
            good.Replace(",120,\"ANSWERED\"", ",abc,\"ANSWERED\""),
        };
        var file = store.WriteFile("Master.csv", string.Join('\n', lines) + "\n");

        var result = store.Run("calls", "import", file);

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("Master.csv:2 [10 start]: '25/11/2026' is not a date and time. Fix:", result.Err);
        Assert.Contains("Master.csv:3: expected at least 16 fields", result.Err);
        Assert.Contains("Master.csv:4 [14 billsec]: 'abc' is not a number of seconds", result.Err);
        Assert.Contains("nothing was written", result.Err);
        Assert.Equal(1, store.Run("calls", "import", store.WriteFile("ok.csv", good + "\n"), "--format", "json").ShouldSucceed().Json().GetProperty("added").GetInt32());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_windows_1251_csv_with_semicolons_imports_through_a_map(TestEngine engine)
    {
        using var store = Firm.Create(engine, calls: false);
        var csv = """
            Дата;Кто звонил;Кому;Длит;Доб;Статус
            20.11.2026 10:00;101;8 (916) 111-00-03;00:03:10;101;отвечен
            21.11.2026 11:30:15;+7 916 111-00-05;102;95;102;ОТВЕЧЕН
            22.11.2026 12:00;101;89161110006;0;101;пропущен
            """;
        var file = store.WriteFile("calls.csv", csv, Encoding.GetEncoding(1251));

        var result = store.Run("calls", "import", file, "--map", "start=Дата,from=Кто звонил,to=Кому,duration=Длит,line=Доб,status=Статус", "--format", "json")
            .ShouldSucceed().Json();

        Assert.Equal(3, result.GetProperty("added").GetInt32());
        // Beta answered on anna's recorded line; Delta rang boris's unrecorded 102; the Epsilon call was missed.
        Assert.DoesNotContain(Firm.Beta, store.Json("dir", "calls", "report", "silent").Clients());
        Assert.Equal([Firm.Delta], store.Json("dir", "calls", "report", "unrecorded").Clients());
        Assert.Contains(Firm.Epsilon, store.Json("dir", "calls", "report", "silent").Clients());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_map_naming_a_missing_column_is_refused_with_the_columns_there_are(TestEngine engine)
    {
        using var store = Firm.Create(engine, calls: false);
        var file = store.WriteFile("calls.csv", "date,caller,callee\n2026-11-20 10:00:00,101,89161110003\n");

        var result = store.Run("calls", "import", file, "--map", "start=date,from=caller,to=called");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("calls.csv:1 [called]: --map to=called: the header has no column 'called'. Fix: map to one of: date, caller, callee", result.Err);
    }

    [Theory]
    [InlineData("start=date,from=caller")]
    [InlineData("start=date,from=caller,to=callee,colour=red")]
    [InlineData("start=date from=caller")]
    public void A_malformed_map_is_a_usage_error(string map)
    {
        using var store = Firm.Create(calls: false);
        var file = store.WriteFile("calls.csv", "date,caller,callee\n2026-11-20 10:00:00,101,89161110003\n");
        Assert.Equal(2, store.Run("calls", "import", file, "--map", map).ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Importing_needs_calls_import_and_a_missing_file_is_not_found(TestEngine engine)
    {
        using var store = Firm.Create(engine, calls: false);
        var file = Firm.Cdr().Write(Path.Combine(store.Directory, "Master.csv"));
        Assert.Equal(4, store.RunAs("anna", "calls", "import", file).ExitCode);
        Assert.Equal(3, store.Run("calls", "import", Path.Combine(store.Directory, "nope.csv")).ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Imports_are_audited(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var e = Assert.Single(store.Json("admin", "audit", "list", "--action", "calls.import").EnumerateArray());
        Assert.Contains("Master.csv (asterisk): 309 new of 309", e.GetProperty("details").GetString());
    }
}
