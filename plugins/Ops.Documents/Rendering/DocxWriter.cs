using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ops.Documents.Templating;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Ops.Documents.Rendering;

/// <summary>WordprocessingML through the Open XML SDK: real heading styles, numbered clauses with a
/// hanging indent, bordered tables, signature lines and the stamp in a bordered box. Text goes in as
/// text nodes, so the SDK escapes it; values were cleaned of characters XML cannot hold.</summary>
internal static class DocxWriter
{
    public static void Write(RenderedDocument doc, Stream stream)
    {
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles(doc.Lang);
        package.PackageProperties.Title = doc.Title;
        package.PackageProperties.Language = doc.Lang;

        var body = new Body();
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Stamp: body.Append(StampParagraphs(doc.StampLines)); break;
                case Heading h:
                    body.Append(Para(h.Level == 1 ? "Title" : "Heading1", h.Number.Length > 0 ? h.Number + " " + h.Text : h.Text));
                    break;
                case Clause c:
                    var clause = Para(null, c.Number + "\t" + c.Text);
                    clause.ParagraphProperties = new ParagraphProperties(
                        new Tabs(new TabStop { Val = TabStopValues.Left, Position = 709 }),
                        new Indentation { Left = "709", Hanging = "709" },
                        new Justification { Val = JustificationValues.Both });
                    body.Append(clause);
                    break;
                case Bullet b:
                    var bullet = Para(null, "•\t" + b.Text);
                    bullet.ParagraphProperties = new ParagraphProperties(new Indentation { Left = "709", Hanging = "357" });
                    body.Append(bullet);
                    break;
                case Templating.Paragraph p:
                    var para = Para(null, p.Text);
                    para.ParagraphProperties = new ParagraphProperties(new Justification { Val = JustificationValues.Both });
                    body.Append(para);
                    break;
                case Signature s:
                    var date = doc.Lang == "en" ? "date ________" : "«___» __________ 20__ г.";
                    var sign = Para(null, $"{s.Label}: ____________________ {(s.Name.Length > 0 ? "/ " + s.Name + " / " : "")}{date}");
                    sign.ParagraphProperties = new ParagraphProperties(new SpacingBetweenLines { Before = "360", After = "120" }, new KeepLines());
                    body.Append(sign);
                    break;
                case Templating.Table t: body.Append(Table(t)); body.Append(new WParagraph()); break;
                case PageBreak: body.Append(new WParagraph(new Run(new Break { Type = BreakValues.Page }))); break;
            }
        }
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new Document(body);
    }

    private static WParagraph Para(string? style, string text)
    {
        var p = new WParagraph();
        if (style is not null) p.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        var run = new Run();
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new TabChar());
            run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        p.Append(run);
        return p;
    }

    private static IEnumerable<WParagraph> StampParagraphs(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var p = new WParagraph(new ParagraphProperties(
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 12 }, new BottomBorder { Val = BorderValues.Single, Size = 12 },
                    new LeftBorder { Val = BorderValues.Single, Size = 12 }, new RightBorder { Val = BorderValues.Single, Size = 12 }),
                new Indentation { Left = "5103" },
                new Justification { Val = JustificationValues.Center },
                new SpacingBetweenLines { After = "0" }));
            var run = new Run(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            if (i == 0) run.RunProperties = new RunProperties(new Bold());
            p.Append(run);
            yield return p;
        }
        yield return new WParagraph();
    }

    private static WTable Table(Templating.Table t)
    {
        static BorderType Line<TB>() where TB : BorderType, new() => new TB { Val = BorderValues.Single, Size = 4 };
        var table = new WTable(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Line<TopBorder>(), Line<BottomBorder>(), Line<LeftBorder>(), Line<RightBorder>(),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())));
        var columns = t.Rows.Max(r => r.Length);
        for (var i = 0; i < t.Rows.Count; i++)
        {
            var row = new TableRow();
            if (i == 0) row.Append(new TableRowProperties(new TableHeader()));
            for (var c = 0; c < columns; c++)
            {
                var text = c < t.Rows[i].Length ? t.Rows[i][c] : "";
                var p = Para(null, text);
                if (i == 0) p.GetFirstChild<Run>()!.RunProperties = new RunProperties(new Bold());
                row.Append(new TableCell(p));
            }
            table.Append(row);
        }
        return table;
    }

    private static Styles Styles(string lang)
    {
        var font = new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" };
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(font, new FontSize { Val = "24" }, new Languages { Val = lang == "en" ? "en-GB" : "ru-RU" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 0, "32", JustificationValues.Center),
            Heading("Heading1", "heading 1", 1, "26", JustificationValues.Left));
    }

    private static Style Heading(string id, string name, int outline, string size, JustificationValues justification) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" },
                new Justification { Val = justification }, new OutlineLevel { Val = outline }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
