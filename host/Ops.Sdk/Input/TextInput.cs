using System.Text;
using Ops.Sdk.Errors;

namespace Ops.Sdk.Input;

/// <summary>Reads text files as people actually produce them: UTF-8 (with or without BOM) or, as
/// Russian accounting software often writes, Windows-1251; CSV separated by ',' or ';'.</summary>
public static class TextInput
{
    static TextInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1251 (Cyrillic).</summary>
    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    /// <summary>Reads a whole file, decoding it with <paramref name="encodingName"/> ("utf-8", "windows-1251")
    /// or, when null, detecting: a BOM, else valid UTF-8, else Windows-1251.</summary>
    public static string ReadAllText(string path, string? encodingName = null)
    {
        if (!File.Exists(path)) throw new NotFoundException($"file '{path}' does not exist");
        var bytes = File.ReadAllBytes(path);
        var encoding = encodingName is null ? Detect(bytes) : Named(encodingName);
        var preamble = encoding.GetPreamble();
        var start = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidInputException($"{path} is not valid {encoding.WebName} (byte {e.Index}): {e.Message}",
                "convert it to UTF-8, or pass --encoding windows-1251");
        }
    }

    /// <summary>The encoding of <paramref name="bytes"/>: UTF-8 when they decode as UTF-8, else Windows-1251.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) return new UTF8Encoding(false, true);
        try
        {
            new UTF8Encoding(false, true).GetCharCount(bytes);
            return new UTF8Encoding(false, true);
        }
        catch (DecoderFallbackException)
        {
            return Windows1251;
        }
    }

    /// <summary>An encoding by name; a clear error for an unknown one.</summary>
    public static Encoding Named(string name)
    {
        try
        {
            var e = Encoding.GetEncoding(name);
            return e.CodePage == 65001 ? new UTF8Encoding(false, true) : Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"unknown encoding '{name}'", "use utf-8 or windows-1251");
        }
    }

    /// <summary>The CSV separator of a header line: ';' when it has more semicolons than commas, else ','.</summary>
    public static char DetectDelimiter(string headerLine) =>
        headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
}
