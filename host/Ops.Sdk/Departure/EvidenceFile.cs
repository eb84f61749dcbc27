using System.Text;
using Ops.Sdk.Output;

namespace Ops.Sdk.Departure;

/// <summary>One file a plugin contributes to an evidence pack (<c>ops case export</c>).</summary>
/// <param name="FileName">A file name inside the pack, without folders, prefixed with the plugin id: <c>documents.signatures.csv</c>.</param>
/// <param name="Title">What the file shows, in the pack's index.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record EvidenceFile(string FileName, string Title, ReadOnlyMemory<byte> Content)
{
    /// <summary>Rows as a CSV or JSON file, written the way every listing writes them (<see cref="TextOutput"/>), UTF-8.</summary>
    public static EvidenceFile Rows<T>(string fileName, string title, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, OutputFormat format)
    {
        var text = new StringWriter { NewLine = "\n" };
        new TextOutput(text, TextWriter.Null).Rows(rows, columns, format);
        return Text(fileName, title, text.ToString());
    }

    /// <summary>A text file, UTF-8 without BOM.</summary>
    public static EvidenceFile Text(string fileName, string title, string text) =>
        new(fileName, title, new UTF8Encoding(false).GetBytes(text));
}
