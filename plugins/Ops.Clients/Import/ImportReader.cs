using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;

namespace Ops.Clients.Import;

/// <summary>The header/row step of an import: opens the file (encoding and separator detected), maps its header to
/// fields (<see cref="ImportHeader"/>) and hands out the rows as they are read, in bounded memory. A column mapping
/// (<c>--map</c>, <see cref="ImportMap"/>) goes in front of <see cref="MapHeader"/>: the file then reads as if it had the
/// import's own columns, and a value the map cannot transform is that row's problem.</summary>
internal sealed class ImportReader
{
    private readonly string _path;
    private readonly string? _encoding;
    private readonly char _delimiter;
    private readonly ColumnMap? _columnMap;
    private readonly IStaffDirectory _staff;

    public string Name { get; }
    public string[] Header { get; }
    public IReadOnlyList<(int Index, string Header, string Field)> Map { get; }
    public IReadOnlyList<string> Ignored { get; }

    private ImportReader(string path, string? encoding, char delimiter, ColumnMap? columnMap, IStaffDirectory staff,
        string[] header, List<(int, string, string)> map, List<string> ignored)
    {
        (_path, _encoding, _delimiter, _columnMap, _staff, Header, Map, Ignored) = (path, encoding, delimiter, columnMap, staff, header, map, ignored);
        Name = Path.GetFileName(path);
    }

    /// <summary>Opens <paramref name="path"/> and reads its header; header problems are thrown with line 1.</summary>
    public static ImportReader Open(string path, string? encoding, Action<string> note, ColumnMap? columnMap, IStaffDirectory staff)
    {
        var name = Path.GetFileName(path);
        string firstLine;
        using (var text = TextInput.OpenText(path, encoding, note)) firstLine = text.ReadLine() ?? "";
        var delimiter = TextInput.DetectDelimiter(firstLine);
        var mapErrors = new List<InputError>();
        var header = Records(path, encoding, delimiter, name, columnMap, staff, mapErrors).Select(r => r.Fields).FirstOrDefault()
                     ?? throw new InvalidInputException($"{name} is empty", "the first line must be a header, e.g. inn,name,...");
        InputError.ThrowIfAny(mapErrors);
        var (map, ignored, errors) = MapHeader(header, name);
        InputError.ThrowIfAny(errors);
        return new ImportReader(path, encoding, delimiter, columnMap, staff, header, map, ignored);
    }

    /// <summary>The rows after the header, read again from the file each time this is enumerated, each with the
    /// problems the column mapping found in it.</summary>
    public IEnumerable<(int Line, string[] Cells, IReadOnlyList<InputError> MapErrors)> Rows()
    {
        var errors = new List<InputError>();
        foreach (var (line, cells) in Records(_path, _encoding, _delimiter, Name, _columnMap, _staff, errors).Skip(1))
        {
            var found = errors.ToList();
            errors.Clear();
            yield return (line, cells, found);
        }
    }

    private static IEnumerable<(int Line, string[] Fields)> Records(string path, string? encoding, char delimiter, string name,
        ColumnMap? columnMap, IStaffDirectory staff, List<InputError> mapErrors) =>
        ImportMap.Apply(columnMap, CsvInput.Stream(TextInput.OpenText(path, encoding, _ => { }), delimiter, name), name, mapErrors, staff);

    private static (List<(int, string, string)> Map, List<string> Ignored, List<InputError> Errors) MapHeader(string[] header, string name)
    {
        var map = new List<(int Index, string Header, string Field)>();
        var ignored = new List<string>();
        var errors = new List<InputError>();
        for (var i = 0; i < header.Length; i++)
        {
            if (ImportHeader.Field(header[i]) is { } field)
            {
                if (map.Any(m => m.Field == field))
                    errors.Add(new InputError(name, 1, header[i], $"column '{field}' appears twice", "keep one of them"));
                else map.Add((i, header[i], field));
            }
            else if (header[i].Trim().Length > 0) ignored.Add(header[i]);
        }
        foreach (var required in new[] { "inn", "name" })
            if (map.All(m => m.Field != required))
                errors.Add(new InputError(name, 1, required, $"the header has no '{required}' column", $"add a column named {required}"));
        return (map, ignored, errors);
    }
}
