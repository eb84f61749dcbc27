using Ops.Testing;
namespace Ops.Documents.Tests;

public sealed class SigningTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Signing_is_recorded_once_per_version_and_audited(TestEngine engine)
    {
        using var store = Firm.Small(engine);
        store.Run("docs", "sign", "--person", "petrova", "--doc", "nda", "--date", "2026-11-20").ShouldSucceed();
        Assert.Equal(6, store.Run("docs", "sign", "--person", "petrova", "--doc", "nda", "--date", "2026-11-21").ExitCode);
        var audit = store.Run("audit", "list", "--format", "json").Out;
        Assert.Contains("docs.sign", audit);
        Assert.Contains("doc:nda@1", audit);
    }

    [Theory]
    [InlineData("--date", "2026-13-01", 2)]   // not a date: refused while parsing
    [InlineData("--date", "2030-01-01", 5)]
    [InlineData("--date", "2020-01-01", 5)]
    [InlineData("--version", "2", 5)]
    public void Bad_signature_input_is_refused_and_nothing_is_written(string option, string value, int exit)
    {
        using var store = Firm.Small();
        var args = new List<string> { "docs", "sign", "--person", "petrova", "--doc", "nda", "--date", "2026-11-20" };
        var i = args.IndexOf(option);
        if (i >= 0) args[i + 1] = value; else args.AddRange([option, value]);
        Assert.Equal(exit, store.Run([.. args]).ExitCode);
        Assert.DoesNotContain("\"signed\"", store.Run("docs", "status", "--person", "petrova", "--format", "json").Out);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Unknown_people_and_documents_are_not_found_and_firm_documents_are_not_signed(TestEngine engine)
    {
        using var store = Firm.Small(engine);
        Assert.Equal(3, store.Run("docs", "sign", "--person", "nobody", "--doc", "nda", "--date", "2026-11-20").ExitCode);
        Assert.Equal(3, store.Run("docs", "sign", "--person", "petrova", "--doc", "nonsense", "--date", "2026-11-20").ExitCode);
        Assert.Equal(5, store.Run("docs", "sign", "--person", "petrova", "--doc", "regulation", "--date", "2026-11-20").ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_accountant_sees_only_their_own_status_and_renders_only_their_own_documents(TestEngine engine)
    {
        using var store = Firm.Small(engine);
        var mine = store.RunAs("petrova", "docs", "status", "--format", "json").ShouldSucceed().Json();
        Assert.All(mine.EnumerateArray(), r => Assert.Equal("petrova", r.GetProperty("login").GetString()));
        Assert.Equal(4, store.RunAs("petrova", "docs", "status", "--person", "orlov").ExitCode);
        Assert.Equal(4, store.RunAs("petrova", "docs", "render", "nda", "--person", "orlov", "--format", "md", "--out", Firm.TempDir()).ExitCode);
        var all = store.RunAs("petrova", "docs", "render", "nda", "--all", "--format", "md", "--out", Firm.TempDir()).ShouldSucceed();
        Assert.Single(all.Out.Trim().Split('\n'));
        var sheet = File.ReadAllText(Firm.RenderOne(store, "acknowledgment", "--format", "md"));
        Assert.Contains("Орлов", sheet);
        var ownSheet = store.RunAs("petrova", "docs", "render", "acknowledgment", "--format", "md", "--out", Firm.TempDir()).ShouldSucceed();
        var text = File.ReadAllText(ownSheet.Out.Trim());
        Assert.Contains("Петрова", text);
        Assert.DoesNotContain("Орлов", text);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_new_version_of_a_document_makes_everyone_sign_again(TestEngine engine)
    {
        using var store = Firm.Small(engine);
        store.Run("docs", "sign", "--person", "petrova", "--doc", "nda", "--date", "2026-11-20").ShouldSucceed();
        var dir = Firm.TempDir();
        store.Run("docs", "templates", "export", dir).ShouldSucceed();
        foreach (var lang in new[] { "ru", "en" })
        {
            var path = Path.Combine(dir, lang, "nda.sbn");
            File.WriteAllText(path, File.ReadAllText(path).Replace("{{# version: 1 }}", "{{# version: 2 }}") + "\nДополнение.\n");
        }
        store.Run("docs", "templates", "import", dir).ShouldSucceed();
        var row = store.Run("docs", "status", "--person", "petrova", "--format", "json").Json().EnumerateArray()
            .Single(r => r.GetProperty("doc").GetString() == "nda");
        Assert.Equal("outdated", row.GetProperty("state").GetString());
        Assert.Equal(2, row.GetProperty("version").GetInt32());
        store.Run("docs", "sign", "--person", "petrova", "--doc", "nda", "--date", "2026-11-25").ShouldSucceed();
    }
}
