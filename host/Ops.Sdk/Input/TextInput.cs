using System.Text;
using Ops.Sdk.Errors;

namespace Ops.Sdk.Input;

/// <summary>Reads text files as people actually produce them: UTF-8 (with or without BOM) or, as
/// Russian accounting software often writes, Windows-1251; CSV separated by ',' or ';'.</summary>
public static class TextInput
{
    static TextInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Windows-1251 (Cyrillic).</summary>
    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    /// <summary>Reads a whole file, decoding it with <paramref name="encodingName"/> ("utf-8", "windows-1251")
    /// or, when null, as <see cref="Detect(ReadOnlySpan{byte}, string)"/> decides.</summary>
    public static string ReadAllText(string path, string? encodingName = null) => ReadAllTextNoting(path, encodingName, _ => { });

    /// <summary>As <see cref="ReadAllText(string, string?)"/>; when the encoding was detected as Windows-1251,
    /// <paramref name="note"/> gets a sentence saying so (for stderr), so a wrong guess is never silent.</summary>
    public static string ReadAllTextNoting(string path, string? encodingName, Action<string> note)
    {
        if (!File.Exists(path)) throw new NotFoundException($"file '{path}' does not exist");
        var bytes = File.ReadAllBytes(path);
        var encoding = encodingName is null ? Detect(bytes, path) : Named(encodingName);
        if (encodingName is null && encoding.CodePage == 1251)
            note($"{Path.GetFileName(path)} is not UTF-8; read it as Windows-1251 (to choose, pass --encoding utf-8|windows-1251)");
        var preamble = encoding.GetPreamble();
        var start = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        if (encoding.CodePage == 65001 && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) start = 3;
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

    /// <summary>Opens a file of any size for reading as text in bounded memory: the encoding is <paramref name="encodingName"/>
    /// or detected (as <see cref="Detect(ReadOnlySpan{byte}, string)"/>) from the first megabyte, noted like
    /// <see cref="ReadAllTextNoting"/>; bytes that do not decode later are an <see cref="InvalidInputException"/> when read.</summary>
    public static TextReader OpenText(string path, string? encodingName, Action<string> note)
    {
        if (!File.Exists(path)) throw new NotFoundException($"file '{path}' does not exist");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var head = new byte[Math.Min(stream.Length, 1 << 20)];
            stream.ReadExactly(head);
            var sample = head.Length == 1 << 20 ? WithoutCutCharacter(head) : head;
            var encoding = encodingName is null ? Detect(sample, path) : Named(encodingName);
            if (encodingName is null && encoding.CodePage == 1251)
                note($"{Path.GetFileName(path)} is not UTF-8; read it as Windows-1251 (to choose, pass --encoding utf-8|windows-1251)");
            var preamble = encoding.CodePage == 65001 ? Encoding.UTF8.Preamble : encoding.GetPreamble();
            stream.Position = preamble.Length > 0 && head.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
            return new DecodingReader(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16), path, encoding.WebName);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The sample without a UTF-8 character cut off at its end (only that one: a complete last character stays).</summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> sample)
    {
        var lead = sample.Length - 1;
        while (lead > 0 && sample.Length - lead < 4 && (sample[lead] & 0xC0) == 0x80) lead--;
        return sample[lead] >= 0xC0 && System.Text.Rune.DecodeFromUtf8(sample[lead..], out _, out _) == System.Buffers.OperationStatus.NeedMoreData
            ? sample[..lead] : sample;
    }

    /// <summary>A reader whose decoding errors say which file and how to fix it.</summary>
    private sealed class DecodingReader(StreamReader inner, string path, string encoding) : TextReader
    {
        public override int Peek() => Guard(inner.Peek);
        public override int Read() => Guard(inner.Read);
        public override int Read(char[] buffer, int index, int count) => Guard(() => inner.Read(buffer, index, count));
        public override int Read(Span<char> buffer)
        {
            try { return inner.Read(buffer); }
            catch (DecoderFallbackException e) { throw Bad(e); }
        }

        private int Guard(Func<int> read)
        {
            try { return read(); }
            catch (DecoderFallbackException e) { throw Bad(e); }
        }

        private InvalidInputException Bad(DecoderFallbackException e) =>
            new($"{path} is not valid {encoding}: {e.Message}", "convert it to UTF-8, or pass --encoding windows-1251");

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>The encoding of <paramref name="bytes"/>: UTF-8 when they decode as strict UTF-8 (or start with its BOM),
    /// Windows-1251 when they do not and look like single-byte text. Bytes that are mostly valid UTF-8 with a few
    /// broken sequences are a damaged UTF-8 file, not Windows-1251: that is an <see cref="InvalidInputException"/>
    /// naming the line and byte, because reading it as Windows-1251 would store mojibake.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes) => Detect(bytes, "the file");

    /// <inheritdoc cref="Detect(ReadOnlySpan{byte})"/>
    /// <param name="bytes">The whole file.</param>
    /// <param name="file">The file's name, for the error message.</param>
    public static Encoding Detect(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) return StrictUtf8;
        var firstBad = FirstInvalidUtf8(bytes, out var valid, out var invalid);
        if (firstBad < 0) return StrictUtf8;
        if (valid > invalid)
        {
            var line = 1 + bytes[..firstBad].Count((byte)'\n');
            throw new InvalidInputException(
                $"{file} is UTF-8 but has {invalid} invalid byte sequence(s), the first at line {line} (byte {firstBad})",
                "fix or re-save the file as UTF-8, or pass --encoding windows-1251 if it really is Windows-1251");
        }
        return Windows1251;
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence, or -1; with counts of the
    /// valid multi-byte sequences and of the invalid ones.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, out int valid, out int invalid)
    {
        valid = invalid = 0;
        var first = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80) { i++; continue; }
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done) valid++;
            else
            {
                invalid++;
                if (first < 0) first = i;
            }
            i += Math.Max(1, consumed);
        }
        return first;
    }

    /// <summary>An encoding by name; a clear error for an unknown one.</summary>
    public static Encoding Named(string name)
    {
        try
        {
            var e = Encoding.GetEncoding(name);
            return e.CodePage == 65001 ? StrictUtf8 : Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
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
