using Ops.Host.Store.Postgres;

namespace Ops.Host.Store;

/// <summary>Opens the store a setting names (<c>store =</c> in ops.conf, <c>--db</c>, <c>OPS_DB</c>): a
/// <c>postgres://</c> URL or an Npgsql connection string (<c>Host=…;Database=…</c>) is a PostgreSQL store,
/// anything else an SQLite file.</summary>
internal static class StoreFactory
{
    public static StoreEngine EngineOf(string setting) =>
        PostgresTarget.IsPostgres(setting) ? StoreEngine.Postgres : StoreEngine.Sqlite;

    /// <summary>Opens the store; <paramref name="create"/> makes an SQLite file (a PostgreSQL database is made by
    /// its administrator, and an empty one is what <c>ops init</c> fills).</summary>
    public static IHostStore Open(string setting, bool create = false) => EngineOf(setting) switch
    {
        StoreEngine.Postgres => PostgresStore.Open(PostgresTarget.Parse(setting)),
        _ => SqliteStore.Open(setting, create),
    };
}
