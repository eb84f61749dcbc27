namespace Ops.Documents.Tests;

public sealed class TemplateTests
{
    private static (Testing.OpsTestStore Store, string Dir) Exported()
    {
        var store = Firm.Small();
        var dir = Firm.TempDir();
        store.Run("docs", "templates", "export", dir).ShouldSucceed();
        return (store, dir);
    }

    private static void Edit(string dir, string file, Func<string, string> change)
    {
        var path = Path.Combine(dir, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [Fact]
    public void The_built_in_templates_pass_their_own_check()
    {
        var (store, dir) = Exported();
        using var _ = store;
        store.Run("docs", "templates", "check", dir).ShouldSucceed();
    }

    [Fact]
    public void Check_reports_an_unknown_variable_with_file_and_line()
    {
        var (store, dir) = Exported();
        using var _ = store;
        Edit(dir, "ru/nda.sbn", t => t.Replace("Я, {{ person.full_name }}", "Я, {{ person.fullname }}"));
        var r = store.Run("docs", "templates", "check", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ru/nda.sbn:6: ", r.Out);
        Assert.Contains("fullname", r.Out);
        Assert.Equal(5, store.Run("docs", "templates", "import", dir).ExitCode);
    }

    [Fact]
    public void Check_reports_syntax_errors_and_missing_sections_and_version_lines()
    {
        var (store, dir) = Exported();
        using var _ = store;
        Edit(dir, "ru/list.sbn", t => t.Replace("{{ for s in secrets }}", "{{ for s in secrets "));
        Edit(dir, "en/nda.sbn", t => t.Replace("@section liability\n", ""));
        Edit(dir, "ru/register.sbn", t => t.Replace("{{# version: 1 }}\n", "").Replace("@stamp\n", ""));
        var r = store.Run("docs", "templates", "check", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"ru/list\.sbn:\d+: ", r.Out);
        Assert.Contains("en/nda.sbn: missing required section 'liability'", r.Out);
        Assert.Contains("ru/register.sbn:1: the first line must declare the version", r.Out);
        Assert.Contains("ru/register.sbn: missing the stamp", r.Out);
    }

    [Theory]
    [InlineData("{{ include 'C:/etc/passwd' }}", "include")]
    [InlineData("{{ object.eval '1' }}", "object")]
    [InlineData("{{ while true }}x{{ end }}", "limit")]
    [InlineData("{{ func f; ret f; end; f }}", "recursive")]
    public void A_template_reaching_for_files_or_looping_forever_is_stopped(string code, string expected)
    {
        var (store, dir) = Exported();
        using var _ = store;
        Edit(dir, "ru/nda.sbn", t => t + "\n" + code + "\n");
        var r = store.Run("docs", "templates", "check", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ru/nda.sbn:", r.Out);
        Assert.Contains(expected, r.Out);
    }

    [Fact]
    public void Importing_a_changed_text_without_a_new_version_is_refused()
    {
        var (store, dir) = Exported();
        using var _ = store;
        Edit(dir, "ru/regulation.sbn", t => t + "\nНовый пункт.\n");
        var r = store.Run("docs", "templates", "import", dir);
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("raise the version line", r.Err);
    }
}
