using Npgsql;
using Ops.Sdk.Errors;

namespace Ops.Host.Store.Postgres;

/// <summary>What a PostgreSQL failure means for the person running ops, as the SQLite store's faults do
/// (<see cref="StoreFault"/>): a lock or serialization conflict is today's busy exit code, an unreachable or refusing
/// server says so by name. Other errors (a bad statement) stay errors of the statement.</summary>
internal static class PostgresFault
{
    public static StoreFault? From(Exception e, string store) => e switch
    {
        PostgresException p => p.SqlState switch
        {
            PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable =>
                new StoreFault(ExitCodes.Conflict, $"the store {store} is busy: another ops changed the same data at the same moment",
                    "run the command again; nothing was changed (the transaction was rolled back)"),
            PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown =>
                new StoreFault(ExitCodes.Unavailable, $"the store {store} does not take connections now ({p.MessageText})",
                    "wait a moment and run the command again; if it lasts, ask the database administrator"),
            PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                new StoreFault(ExitCodes.Unavailable, $"the store {store} refused the login ({p.MessageText})",
                    "check the user in the setting and the password in its passfile (passfile=, PGPASSFILE or ~/.pgpass, mode 0600)"),
            PostgresErrorCodes.InvalidCatalogName =>
                new StoreFault(ExitCodes.Unavailable, $"the store {store} does not exist on the server",
                    "ask the database administrator to create the database (createdb -O USER NAME), then run ops init"),
            PostgresErrorCodes.DiskFull => new StoreFault(ExitCodes.StoreUnwritable, $"the store {store} cannot grow: the server's disk is full",
                "free space on the database server; nothing was changed (the transaction was rolled back)"),
            _ => null,
        },
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException } n =>
            new StoreFault(ExitCodes.Unavailable, $"the store {store} cannot be reached ({n.InnerException!.Message})",
                "check that the PostgreSQL server runs and that the setting names its host and port"),
        _ => null,
    };
}
