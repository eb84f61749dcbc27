using Ops.Documents.Templating;

namespace Ops.Documents.Rendering;

/// <summary>A document ready to be written in some format.</summary>
internal sealed record RenderedDocument(string Title, string Lang, IReadOnlyList<Block> Blocks, IReadOnlyList<string> StampLines);

/// <summary>The formats documents are written in.</summary>
internal enum DocFormat { Md, Html, Docx }

internal static class DocWriters
{
    public static string Extension(DocFormat f) => f switch { DocFormat.Md => "md", DocFormat.Html => "html", _ => "docx" };

    public static void Write(DocFormat format, RenderedDocument doc, Stream stream)
    {
        switch (format)
        {
            case DocFormat.Md: WriteText(stream, MarkdownWriter.Write(doc)); break;
            case DocFormat.Html: WriteText(stream, HtmlWriter.Write(doc)); break;
            default: DocxWriter.Write(doc, stream); break;
        }
    }

    private static void WriteText(Stream stream, string text)
    {
        using var w = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        w.Write(text);
    }

    /// <summary>The stamp 98-FZ art. 10 part 1 item 5 requires: the words, the owner's full name and location.</summary>
    /// <remarks>A sole trader's stamp gives the place of residence instead of the location.</remarks>
    public static IReadOnlyList<string> Stamp(Ops.Sdk.FirmProfile firm, string lang) =>
    [
        "«Коммерческая тайна»",
        lang == "en"
            ? $"Owner: {Markup.Clean(firm.StampName)}, {(firm.IsSoleTrader ? "residing at" : "located at")} {Markup.Clean(firm.StampLocation)}"
            : $"Обладатель: {Markup.Clean(firm.StampName)}, {(firm.IsSoleTrader ? "место жительства" : "место нахождения")}: {Markup.Clean(firm.StampLocation)}",
    ];
}
