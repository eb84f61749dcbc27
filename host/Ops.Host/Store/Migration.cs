using System.Globalization;
using System.Text.RegularExpressions;
using Ops.Sdk.Errors;

namespace Ops.Host.Store;

/// <summary>One schema step: <c>NNNN_name.sql</c>, applied once, in order, in a transaction. Where PostgreSQL needs
/// other SQL (an identity column, a JSON function), <c>NNNN_name.pg.sql</c> beside it is what runs there.</summary>
internal sealed partial record Migration(int Version, string Name, string Sql)
{
    /// <summary>Reads the migrations of a plugin folder (<c>migrations/NNNN_name.sql</c>), ordered.</summary>
    public static IReadOnlyList<Migration> FromDirectory(string directory, StoreEngine engine = StoreEngine.Sqlite)
    {
        if (!Directory.Exists(directory)) return [];
        var list = new List<(Migration, bool)>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.sql"))
        {
            var name = System.IO.Path.GetFileName(file);
            var match = FilePattern().Match(name);
            if (!match.Success)
                throw new InvalidInputException($"migration file '{file}' is not named NNNN_name.sql",
                    "rename it, e.g. 0002_add_index.sql");
            list.Add((new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, File.ReadAllText(file)),
                match.Groups[3].Success));
        }
        return Ordered(ForEngine(list, engine, directory), directory);
    }

    /// <summary>The host's own migrations, embedded in the executable.</summary>
    public static IReadOnlyList<Migration> ForHost(StoreEngine engine = StoreEngine.Sqlite)
    {
        var assembly = typeof(Migration).Assembly;
        var list = new List<(Migration, bool)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("ops.migrations.", StringComparison.Ordinal)))
        {
            var match = FilePattern().Match(resource["ops.migrations.".Length..]);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add((new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()),
                match.Groups[3].Success));
        }
        return Ordered(ForEngine(list, engine, "host"), "host");
    }

    /// <summary>One migration per number: the engine's own file where there is one, else the common one.</summary>
    /// <remarks>Plain loops: this runs before every command that opens the store, and LINQ over these tuples is
    /// compiled by the JIT at each start.</remarks>
    private static List<Migration> ForEngine(List<(Migration Step, bool IsPostgres)> files, StoreEngine engine, string source)
    {
        var byNumber = new Dictionary<int, NumberFiles>();
        foreach (var (step, isPostgres) in files)
        {
            if (!byNumber.TryGetValue(step.Version, out var number)) byNumber[step.Version] = number = new NumberFiles();
            (isPostgres ? number.Postgres : number.Common).Add(step);
        }
        var list = new List<Migration>();
        foreach (var (version, number) in byNumber)
        {
            foreach (var kind in new[] { number.Common, number.Postgres }.Where(k => k.Count > 1))
                throw new InvalidInputException(
                    $"migration {version:D4} in {source} has {kind.Count} files: {string.Join(", ", kind.Select(f => $"{version:D4}_{f.Name}"))}",
                    "keep one file per number: a stale copy is left from an earlier build or install (reinstall the plugin)");
            if (number.Common.Count == 0)
                throw new InvalidInputException($"migration {version:D4} in {source} has only a PostgreSQL file (.pg.sql)",
                    "add the common one beside it (NNNN_name.sql): it is what SQLite runs");
            list.Add(engine == StoreEngine.Postgres && number.Postgres.Count == 1 ? number.Postgres[0] : number.Common[0]);
        }
        return list;
    }

    private sealed class NumberFiles
    {
        public List<Migration> Common { get; } = [];
        public List<Migration> Postgres { get; } = [];
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

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+?)(\.pg)?\.sql$")]
    private static partial Regex FilePattern();
}
