using CsvHelper;
using Ops.Sdk.Errors;

namespace Ops.Sdk.Input;

/// <summary>Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) with
/// the line each starts on, so import errors can point at it. Built on CsvHelper; malformed quoting is
/// an <see cref="InvalidInputException"/> naming the line, never a silently half-read file. A quote inside an
/// unquoted field (<c>ООО "Ромашка"</c>, as 1C writes it) is text, as RFC 4180 readers commonly take it.</summary>
public static class CsvInput
{
    /// <summary>Every non-empty record of <paramref name="text"/>, the header row included.</summary>
    /// <param name="text">The whole file, already decoded (see <see cref="TextInput.ReadAllText(string, string?)"/>).</param>
    /// <param name="delimiter">',' or ';' (see <see cref="TextInput.DetectDelimiter"/>).</param>
    /// <param name="file">The file name, for error messages.</param>
    public static IReadOnlyList<(int Line, string[] Fields)> Records(string text, char delimiter, string file) =>
        Stream(new StringReader(text), delimiter, file).ToList();

    /// <summary>The same records, read from <paramref name="reader"/> as they are enumerated, so a file of any size is
    /// read in bounded memory (see <see cref="TextInput.OpenText"/>). Malformed quoting is thrown once the records are
    /// read, naming every line. The reader is disposed when the enumeration ends.</summary>
    /// <param name="reader">The decoded text.</param>
    /// <param name="delimiter">',' or ';' (see <see cref="TextInput.DetectDelimiter"/>).</param>
    /// <param name="file">The file name, for error messages.</param>
    public static IEnumerable<(int Line, string[] Fields)> Stream(TextReader reader, char delimiter, string file)
    {
        var malformed = new List<InputError>();
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            OnMalformedRecord = m =>
            {
                if (m.Reason == CsvMalformedReason.StrayQuote) return;
                malformed.Add(new InputError(file, (int)m.LineNumber, "", $"malformed CSV quoting ({m.Reason})",
                "put quotes around the whole field and double any quote inside it"));
            },
        };
        using (var csv = CsvReader.Create(reader, options, leaveOpen: false))
        {
            while (csv.Read())
            {
                var fields = new string[csv.FieldCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i);
                if (fields.Length == 1 && fields[0].Length == 0) continue;
                yield return ((int)csv.LineNumber, fields);
            }
        }
        InputError.ThrowIfAny(malformed);
    }
}
