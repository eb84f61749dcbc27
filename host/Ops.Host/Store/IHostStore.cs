using Ops.Sdk.Store;

namespace Ops.Host.Store;

/// <summary>The store as the host uses it, whichever engine holds it (SQLite file or PostgreSQL server):
/// <see cref="IStore"/> plus snapshots, plugin views and the few facts that differ by engine.</summary>
internal interface IHostStore : IStore, IDisposable
{
    /// <summary>Which engine holds the store.</summary>
    StoreEngine Engine { get; }

    /// <summary>Where the store is, for messages: the file, or the server and database without any secret.</summary>
    string Describe { get; }

    /// <summary>Runs reads in one snapshot; inside a write transaction it joins it.</summary>
    T Read<T>(Func<T> work);

    /// <summary>True when a table or view of that name exists in the store.</summary>
    bool HasTable(string name);

    /// <summary>The store as one plugin sees it: its statements held to what <paramref name="policy"/> allows.</summary>
    IStore As(PluginSqlPolicy policy);

    /// <summary>Runs one migration's SQL as <paramref name="principal"/> (null: the host).</summary>
    void Migrate(PluginSqlPolicy? principal, string sql);
}

/// <summary>The engines a store can live in.</summary>
internal enum StoreEngine
{
    Sqlite,
    Postgres,
}
