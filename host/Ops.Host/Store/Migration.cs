using System.Globalization;
using System.Text.RegularExpressions;
using Ops.Sdk.Errors;

namespace Ops.Host.Store;

/// <summary>One schema step: <c>NNNN_name.sql</c>, applied once, in order, in a transaction.</summary>
internal sealed partial record Migration(int Version, string Name, string Sql)
{
    /// <summary>Reads the migrations of a plugin folder (<c>migrations/NNNN_name.sql</c>), ordered.</summary>
    public static IReadOnlyList<Migration> FromDirectory(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        var list = new List<Migration>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.sql"))
        {
            var name = System.IO.Path.GetFileName(file);
            var match = FilePattern().Match(name);
            if (!match.Success)
                throw new InvalidInputException($"migration file '{file}' is not named NNNN_name.sql",
                    "rename it, e.g. 0002_add_index.sql");
            list.Add(new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, File.ReadAllText(file)));
        }
        return Ordered(list, directory);
    }

    /// <summary>The host's own migrations, embedded in the executable.</summary>
    public static IReadOnlyList<Migration> ForHost()
    {
        var assembly = typeof(Migration).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("ops.migrations.", StringComparison.Ordinal)))
        {
            var match = FilePattern().Match(resource["ops.migrations.".Length..]);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add(new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }
        return Ordered(list, "host");
    }

    private static IReadOnlyList<Migration> Ordered(List<Migration> list, string source)
    {
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < list.Count; i++)
            if (list[i].Version != i + 1)
                throw new InvalidInputException(
                    $"migrations in {source} must be numbered 1, 2, 3… without gaps; found {list[i].Version} at position {i + 1}");
        return list;
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex FilePattern();
}
