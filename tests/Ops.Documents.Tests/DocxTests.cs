using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ops.Testing;

namespace Ops.Documents.Tests;

public sealed class DocxTests
{
    [Fact]
    public void An_nda_in_docx_has_heading_styles_numbered_clauses_the_stamp_and_signature_lines()
    {
        using var store = Firm.Small();
        var path = Firm.RenderOne(store, "nda", "--person", "petrova", "--format", "docx");
        using var doc = WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("«Коммерческая тайна»", text);
        Assert.Contains("Обладатель: Общество с ограниченной ответственностью «Бухэксперт», место нахождения: г. Москва", text);
        Assert.Contains("Петрова Анна Сергеевна", text);
        var styles = body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToList();
        Assert.Contains("Title", styles);
        Assert.Contains("Heading1", styles);
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText.StartsWith("2.1.", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText.StartsWith("Работник: ____", StringComparison.Ordinal));
        Assert.NotNull(doc.MainDocumentPart.StyleDefinitionsPart?.Styles);
    }

    [Fact]
    public void The_register_in_docx_is_a_table_with_a_row_per_person()
    {
        using var store = Firm.Small();
        var path = Firm.RenderOne(store, "register", "--format", "docx");
        using var doc = WordprocessingDocument.Open(path, false);
        var table = doc.MainDocumentPart!.Document!.Body!.Descendants<Table>().Single();
        Assert.Equal(1 + 4, table.Elements<TableRow>().Count());
        Assert.Contains(table.Elements<TableRow>(), r => r.InnerText.Contains("Орлов Дмитрий Олегович"));
    }

    [Fact]
    public void LibreOffice_opens_the_docx_and_its_text_has_the_name_and_the_stamp()
    {
        var soffice = Which("soffice");
        var pdftotext = Which("pdftotext");
        if (soffice is null || pdftotext is null)
            Assert.Skip(ToolSkip.Reason("LibreOffice or poppler is not installed: apt-get install -y libreoffice-writer poppler-utils"));
        using var store = Firm.Small();
        var path = Firm.RenderOne(store, "nda", "--person", "petrova", "--format", "docx");
        var outDir = Path.GetDirectoryName(path)!;
        var profile = "file://" + Path.Combine(Path.GetTempPath(), "ops-docs-lo-" + Guid.NewGuid().ToString("N")[..8]);
        Run(soffice!, $"-env:UserInstallation={profile} --headless --convert-to pdf --outdir {outDir} {path}");
        var pdf = Path.ChangeExtension(path, ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice did not produce a PDF");
        var txt = Path.ChangeExtension(path, ".txt");
        Run(pdftotext!, $"-enc UTF-8 {pdf} {txt}");
        var text = File.ReadAllText(txt);
        Assert.Contains("Петрова Анна Сергеевна", text);
        Assert.Contains("Коммерческая тайна", text);
    }

    internal static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    internal static void Run(string exe, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(exe, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{exe} {args} exited {p.ExitCode}: {err.Result}");
    }
}
