using Ops.Host.Catalog;

namespace Ops.Host.Store;

/// <summary>
/// What one plugin's SQL may touch, decided by SQLite's authorizer as each statement is prepared
/// (docs/plugins.md, "What a plugin may touch"):
/// <list type="bullet">
/// <item>its own objects: names starting with its prefix (id, '-' → '_', then '_') that no other plugin
/// with a longer prefix claims, and the views its manifest declares — read, write, create, drop;</item>
/// <item>the host views it is given (<see cref="HostViews"/>) and the views declared by the plugins it
/// depends on — read only, and the tables behind them only as far as those views read them;</item>
/// <item>nothing else: no host table, no other plugin's table, no ATTACH, no schema-changing PRAGMA.</item>
/// </list>
/// </summary>
internal sealed class PluginSqlPolicy
{
    /// <summary>The host's published views every plugin may read. <c>ops_audit_v1</c> is not among them:
    /// it holds command lines and details; <c>ops_audit_records_v1</c> names only who touched which record.</summary>
    public static readonly IReadOnlyList<string> HostViews = ["ops_staff_v1", "ops_grants_v1", "ops_audit_records_v1"];

    private static readonly HashSet<string> SchemaTables = new(StringComparer.OrdinalIgnoreCase)
        { "sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema",
          // SQLite itself reads it to check a column added with ALTER TABLE … ADD COLUMN … NOT NULL/CHECK: it names no data.
          "pragma_quick_check" };

    private static readonly HashSet<string> HarmlessPragmas = new(StringComparer.OrdinalIgnoreCase)
        { "cache_size", "data_version", "optimize", "quick_check" };   // quick_check: SQLite checks an ALTER TABLE … ADD COLUMN with it

    private static readonly HashSet<string> TablePragmas = new(StringComparer.OrdinalIgnoreCase)
        { "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list" };

    private readonly string _prefix;
    private readonly HashSet<string> _ownViews;
    private readonly HashSet<string> _foreignViews;
    private readonly List<string> _longerPrefixes;
    private HashSet<(string Table, string Column, string Accessor)>? _reach;
    private readonly HashSet<string> _behindViewsRead = new(StringComparer.OrdinalIgnoreCase);

    public PluginSqlPolicy(PluginEntry plugin, IEnumerable<PluginEntry> catalog)
    {
        PluginId = plugin.Id;
        _prefix = PrefixOf(plugin.Id);
        _ownViews = plugin.Manifest.Views.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var others = catalog.Where(e => e.Id != plugin.Id).ToList();
        _foreignViews = others.SelectMany(e => e.Manifest.Views.Select(v => v.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _longerPrefixes = others.Select(e => PrefixOf(e.Id)).Where(p => p.Length > _prefix.Length && p.StartsWith(_prefix, StringComparison.Ordinal)).ToList();
        var dependencies = plugin.Manifest.Dependencies.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Readable = HostViews.Concat(others.Where(e => dependencies.Contains(e.Id)).SelectMany(e => e.Manifest.Views.Select(v => v.Name)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public string PluginId { get; }

    /// <summary>The other owners' views this plugin may read.</summary>
    public IReadOnlySet<string> Readable { get; }

    public static string PrefixOf(string pluginId) => pluginId.Replace('-', '_') + "_";

    /// <summary>True once <see cref="SetReach"/> has recorded what the readable views read.</summary>
    public bool HasReach => _reach is not null;

    /// <summary>The (table, column, view) reads that reading the <see cref="Readable"/> views causes.</summary>
    public void SetReach(HashSet<(string, string, string)> reach) => _reach = reach;

    /// <summary>Null when allowed, else what was refused, in words.</summary>
    public string? Check(int action, string? a, string? b, string? accessor) => action switch
    {
        Codes.Read => CanRead(a, b, accessor) ? null : Refused("read", a, b),
        Codes.Insert or Codes.Update or Codes.Delete =>
            Own(a) || SchemaTables.Contains(a ?? "") && accessor is null ? null : Refused("write to", a, null),
        Codes.Select or Codes.Transaction or Codes.Savepoint or Codes.Recursive => null,
        Codes.Function => string.Equals(b, "load_extension", StringComparison.OrdinalIgnoreCase) ? "may not load extensions" : null,
        Codes.CreateTable or Codes.CreateView or Codes.DropTable or Codes.DropView or Codes.Reindex or Codes.Analyze
            or Codes.CreateTempTable or Codes.DropTempTable => Own(a) ? null : Refused("create or drop", a, null),
        Codes.CreateIndex or Codes.CreateTrigger or Codes.DropIndex or Codes.DropTrigger
            or Codes.CreateTempIndex or Codes.DropTempIndex => Own(b) ? null : Refused("index or put a trigger on", b, null),
        Codes.AlterTable => Own(b) ? null : Refused("alter", b, null),
        Codes.Pragma => HarmlessPragmas.Contains(a ?? "")
                        || TablePragmas.Contains(a ?? "") && (Own(b) || Readable.Contains(b ?? ""))
            ? null : $"may not run PRAGMA {a}",
        _ => $"may not run this kind of statement (SQLite action {action}: ATTACH, virtual tables, temporary triggers and views are refused)",
    };

    /// <summary>Called before a statement is prepared as this plugin.</summary>
    public void NewStatement() => _behindViewsRead.Clear();

    private bool CanRead(string? table, string? column, string? accessor)
    {
        if (table is null) return true;
        if (Own(table) || Readable.Contains(table) || SchemaTables.Contains(table)) return true;
        if (accessor is not null && _reach is not null && _reach.Contains((table, column ?? "", accessor)))
        {
            _behindViewsRead.Add(table);
            return true;
        }
        // When a view is flattened into the query, SQLite reports a joined table none of whose columns the
        // query uses as a read of no column from no view. That names no data; it passes only for a table
        // this very statement already reads through a view it may read.
        return string.IsNullOrEmpty(column) && accessor is null && _behindViewsRead.Contains(table);
    }

    /// <summary>True when <paramref name="name"/> is one of this plugin's own objects.</summary>
    public bool Own(string? name)
    {
        if (name is null) return false;
        if (_ownViews.Contains(name)) return true;
        if (_foreignViews.Contains(name)) return false;
        return name.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase)
               && !_longerPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    private string Refused(string what, string? table, string? column)
    {
        var where = Readable.Count > 0 ? $"; it may read {string.Join(", ", Readable.Order(StringComparer.Ordinal))}" : "";
        return $"may not {what} '{table}'{(string.IsNullOrEmpty(column) ? "" : "." + column)}: " +
               $"a plugin touches only its own tables ({_prefix}*){where}";
    }

    /// <summary>SQLite's authorizer action codes (sqlite3.h).</summary>
    internal static class Codes
    {
        public const int CreateIndex = 1, CreateTable = 2, CreateTempIndex = 3, CreateTempTable = 4, CreateTrigger = 7, CreateView = 8,
            Delete = 9, DropIndex = 10, DropTable = 11, DropTempIndex = 12, DropTempTable = 13, DropTrigger = 16, DropView = 17,
            Insert = 18, Pragma = 19, Read = 20, Select = 21, Transaction = 22, Update = 23, AlterTable = 26, Reindex = 27,
            Analyze = 28, Function = 31, Savepoint = 32, Recursive = 33;
    }
}
