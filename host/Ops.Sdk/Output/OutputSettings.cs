using System.Text;

namespace Ops.Sdk.Output;

/// <summary>The file-format choices of one run (<c>--delimiter</c>, <c>--bom</c>, <c>--encoding</c>, <c>--out</c>) that
/// the host reads from the command line and hands to <see cref="TextOutput"/>; the defaults give RFC 4180 CSV on stdout.</summary>
public sealed class OutputSettings
{
    /// <summary>The CSV field separator: ',' (default) or ';' (what Russian Excel expects).</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Whether CSV starts with a byte-order mark (Excel needs one to read UTF-8).</summary>
    public bool Bom { get; init; }

    /// <summary>The CSV encoding: UTF-8 (default) or Windows-1251.</summary>
    public Encoding Encoding { get; init; } = new UTF8Encoding(false);

    /// <summary>Where bytes go when the output is binary (XLSX) or re-encoded CSV: a file written through
    /// <see cref="OutputFiles"/>, or stdout when it is not a terminal. Null when neither is possible (stdout is a terminal).</summary>
    public Action<Action<Stream>>? Binary { get; init; }

    /// <summary>What to tell the person when <see cref="Binary"/> is null.</summary>
    public string BinaryRefusal { get; init; } = "this output is binary and cannot be written to a terminal";

    /// <summary>True when the CSV needs bytes of its own (a BOM, another encoding, or a file) rather than the text writer.</summary>
    public bool CsvNeedsBytes => Bom || Encoding.CodePage != 65001 || ToFile;

    /// <summary>The terminal's width in cells: tables are narrowed to it (long values cut with "…"); null for no limit (piped).</summary>
    public int? TableWidth { get; init; }

    /// <summary>Whether severity may be marked with colour: stdout is a terminal and <c>NO_COLOR</c> is not set.</summary>
    public bool Colour { get; init; }

    /// <summary>True when <see cref="Binary"/> writes a file (<c>--out</c>), not stdout.</summary>
    public bool ToFile { get; init; }
}
