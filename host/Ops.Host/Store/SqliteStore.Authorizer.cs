using Ops.Sdk.Errors;
using SQLitePCL;

namespace Ops.Host.Store;

/// <summary>The authorizer half of <see cref="SqliteStore"/>: on whose behalf the statement being prepared
/// runs, and SQLite's callback that asks the plugin's <see cref="PluginSqlPolicy"/>.</summary>
internal sealed partial class SqliteStore
{
    private const int SqliteOk = 0, SqliteDeny = 1;

    private readonly delegate_authorizer _authorizer;
    private PluginSqlPolicy? _acting;
    private bool _isActing;
    private PluginSqlPolicy? _sticky;
    private HashSet<(string, string, string)>? _collecting;

    /// <summary>What the authorizer last refused on this thread and for whom (for the error message), or null.</summary>
    [ThreadStatic] private static string? _lastRefusal;

    /// <summary>Runs what follows as <paramref name="principal"/> (null: the host) until disposed.</summary>
    public Acting ActAs(PluginSqlPolicy? principal)
    {
        if (principal is { HasReach: false }) principal.SetReach(ReachOf(principal.Readable));
        principal?.NewStatement();
        var previous = new Acting(this, _acting, _isActing);
        _acting = principal;
        _isActing = true;
        return previous;
    }

    /// <summary>From now on, statements nobody vouches for (a plugin's raw use of the connection) run as
    /// <paramref name="principal"/>. The host's own statements still say that they are the host's.</summary>
    public void ActAsByDefault(PluginSqlPolicy principal)
    {
        if (!principal.HasReach) principal.SetReach(ReachOf(principal.Readable));
        _sticky ??= principal;
    }

    /// <summary>The refusal as an error a person can act on, when <paramref name="e"/> is one.</summary>
    public static OpsException? Refusal(Microsoft.Data.Sqlite.SqliteException e) =>
        e.SqliteErrorCode == raw.SQLITE_AUTH && _lastRefusal is { } why
            ? new AccessDeniedException($"the store refused a statement: {why}",
                "read another plugin's data only through the views it publishes, and declare it under dependencies in plugin.json (docs/plugins.md)")
            : null;

    /// <summary>Every (table, column, view) read that reading <paramref name="views"/> causes, found by
    /// preparing a SELECT of each as the host.</summary>
    private HashSet<(string, string, string)> ReachOf(IEnumerable<string> views)
    {
        var reach = new HashSet<(string, string, string)>();
        var existing = QueryAs(null, "SELECT name FROM sqlite_master WHERE type = 'view'", r => r.GetString(0), null)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var view in views.Where(existing.Contains))
        {
            using var command = NewCommand($"SELECT * FROM \"{view}\"", null);
            _collecting = reach;
            try { command.Prepare(); }
            finally { _collecting = null; }
        }
        return reach;
    }

    private int Authorize(object userData, int action, utf8z p0, utf8z p1, utf8z database, utf8z accessor)
    {
        if (_collecting is not null)
        {
            // A query that names none of a table's columns reads it with an empty column name: reading the
            // view may do that too for every table the view reads.
            if (action == PluginSqlPolicy.Codes.Read && accessor.utf8_to_string() is { } via)
            {
                _collecting.Add((p0.utf8_to_string(), p1.utf8_to_string() ?? "", via));
                _collecting.Add((p0.utf8_to_string(), "", via));
            }
            return SqliteOk;
        }
        var principal = _isActing ? _acting : _sticky;
        if (principal is null) return SqliteOk;
        var refused = principal.Check(action, p0.utf8_to_string(), p1.utf8_to_string(), accessor.utf8_to_string());
        if (refused is null) return SqliteOk;
        _lastRefusal = $"plugin '{principal.PluginId}' {refused}";
        return SqliteDeny;
    }

    /// <summary>Restores the principal that was acting before <see cref="ActAs"/>.</summary>
    public readonly struct Acting(SqliteStore store, PluginSqlPolicy? previous, bool wasActing) : IDisposable
    {
        public void Dispose()
        {
            store._acting = previous;
            store._isActing = wasActing;
        }
    }
}
