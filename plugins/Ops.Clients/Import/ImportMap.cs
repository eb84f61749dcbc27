using Ops.Clients.Data;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;

namespace Ops.Clients.Import;

/// <summary><c>clients import --map</c>: a column mapping (the SDK's <see cref="ColumnMap"/>) put in front of the header
/// and row reading, so a file exported from 1C, Bitrix24 or amoCRM reads as if it had the import's own columns.
/// A map is a file, or the name of one shipped in the plugin's <c>mappings/</c> folder (<c>1c</c>, <c>bitrix24</c>, <c>amocrm</c>).</summary>
internal static class ImportMap
{
    public static string ShippedFolder => Path.Combine(Path.GetDirectoryName(typeof(ImportMap).Assembly.Location)!, "mappings");

    public static IReadOnlyList<string> Shipped =>
        Directory.Exists(ShippedFolder) ? Directory.GetFiles(ShippedFolder, "*.map").Select(f => Path.GetFileNameWithoutExtension(f)).Order().ToList() : [];

    public static ColumnMap Load(string nameOrPath)
    {
        var shipped = Path.Combine(ShippedFolder, nameOrPath + ".map");
        var path = File.Exists(nameOrPath) || nameOrPath.Contains('/') || nameOrPath.Contains('.') ? nameOrPath : shipped;
        if (!File.Exists(path))
            throw new NotFoundException($"no map file '{nameOrPath}'", "name a map file, or a shipped one: " + string.Join(", ", Shipped));
        return ColumnMap.Load(path, ClientFields.Names, ["inn", "name"]);
    }

    /// <summary>The records through <paramref name="map"/> (unchanged without one). Its <c>staff</c> transform takes a login,
    /// or the full name of exactly one person, its words in any order ("Смирнова Ирина" and "Ирина Смирнова" alike, as
    /// 1C and the CRMs write them differently).</summary>
    public static IEnumerable<(int Line, string[] Fields)> Apply(ColumnMap? map, IEnumerable<(int Line, string[] Fields)> records,
        string file, List<InputError> errors, IStaffDirectory staff)
    {
        if (map is null) return records;
        var byName = staff.All().GroupBy(s => Words(s.FullName)).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Login, StringComparer.Ordinal);
        return map.Apply(records, file, errors, name => staff.Find(name)?.Login ?? byName.GetValueOrDefault(Words(name)));
    }

    private static string Words(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
}
