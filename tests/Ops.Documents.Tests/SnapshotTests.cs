using Snapshooter;
using Snapshooter.Xunit3;

namespace Ops.Documents.Tests;

public sealed class SnapshotTests
{
    public static TheoryData<string, string, string> Documents()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var lang in new[] { "ru", "en" })
            foreach (var fmt in new[] { "md", "html" })
                foreach (var doc in new[] { "regulation", "list", "register", "nda", "acknowledgment", "addendum", "client-clause", "monitoring-notice" })
                    data.Add(doc, fmt, lang);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_template_renders_the_sample_firm_as_before(string doc, string format, string lang)
    {
        using var store = Firm.Small();
        // Other plugins' grants change as they evolve; the register's snapshot pins the client registry's only.
        store.Sql("DELETE FROM ops_grants WHERE permission LIKE 'pay.%'");
        store.Run("docs", "sign", "--person", "petrova", "--doc", "acknowledgment", "--date", "2024-03-01").ShouldSucceed();
        store.Run("docs", "adopt", doc is "regulation" or "list" or "client-clause" ? doc : "regulation", "--date", "2024-02-20", "--order", "7-од").ShouldSucceed();
        var personal = doc is "nda" or "addendum" or "monitoring-notice";
        string[] args = personal ? [doc, "--person", "petrova"] : [doc];
        var path = Firm.RenderOne(store, [.. args, "--format", format, "--lang", lang]);
        var text = File.ReadAllText(path);
        Assert.Contains("«Коммерческая тайна»", text);
        Snapshot.Match(text, SnapshotNameExtension.Create(doc, lang, format));
    }
}
