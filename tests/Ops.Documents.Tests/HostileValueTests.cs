using DocumentFormat.OpenXml.Packaging;

namespace Ops.Documents.Tests;

public sealed class HostileValueTests
{
    private static readonly string Hostile = "<script>alert('x')</script> & \"Кавычки\" | # *bold* \u202Eevil\u202C " + new string('Я', 600);

    private static Testing.OpsTestStore Store()
    {
        var store = Firm.Small();
        store.Run("staff", "add", "evil", "--name", "Evil", "--role", "accountant").ShouldSucceed();
        // The host refuses such a name at the door; data can still arrive around it (an import, an old store).
        store.Sql($"UPDATE ops_staff SET full_name = '{Hostile.Replace("'", "''")}' WHERE login = 'evil'");
        store.Run("firm", "set", "--name", "ООО «<b>Хак</b> & Ко»", "--full-name", "ООО «<b>Хак</b> & Ко»").ShouldSucceed();
        return store;
    }

    [Fact]
    public void Html_encodes_every_value_and_drops_bidi_overrides()
    {
        using var store = Store();
        var html = File.ReadAllText(Firm.RenderOne(store, "nda", "--person", "evil", "--format", "html"));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>Хак", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Кавычки&quot;", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Contains(new string('Я', 600), html);
    }

    [Fact]
    public void Markdown_escapes_values_so_they_cannot_become_markup_or_table_cells()
    {
        using var store = Store();
        var md = File.ReadAllText(Firm.RenderOne(store, "register", "--format", "md"));
        var row = md.Split('\n').Single(l => l.Contains("alert"));
        Assert.Contains("&lt;script&gt;", row);
        Assert.Contains("\\| # \\*bold\\*", row);
        var header = md.Split('\n').First(l => l.StartsWith("| №", StringComparison.Ordinal));
        Assert.Equal(header.Count(c => c == '|'), row.Replace("\\|", "").Count(c => c == '|'));
        Assert.DoesNotContain("\u202E", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_holds_hostile_values_as_plain_text()
    {
        using var store = Store();
        var path = Firm.RenderOne(store, "nda", "--person", "evil", "--format", "docx");
        using var doc = WordprocessingDocument.Open(path, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("<script>alert('x')</script> & \"Кавычки\"", text);
        Assert.Contains("ООО «<b>Хак</b> & Ко»", text);
        Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
    }
}
