using System.Data.Common;

namespace Ops.Sdk.Store;

/// <summary>
/// The shared store. SQL parameters are passed as an anonymous object whose properties become
/// <c>$Name</c> parameters: <c>store.Execute("UPDATE t SET a = $A WHERE id = $Id", new { A = 1, Id = 2 })</c>.
/// Every command created here joins the transaction opened by <see cref="Write{T}"/>, if any.
/// Keep SQL portable (no SQLite-only syntax where a standard form exists).
/// </summary>
public interface IStore
{
    /// <summary>The open connection, for what the helpers below do not cover.</summary>
    DbConnection Connection { get; }

    /// <summary>The transaction opened by <see cref="Write{T}"/>, or null outside one.</summary>
    DbTransaction? Transaction { get; }

    /// <summary>Creates a command bound to the current transaction.</summary>
    DbCommand Command(string sql, object? args = null);

    /// <summary>Runs a statement and returns the number of rows changed.</summary>
    int Execute(string sql, object? args = null);

    /// <summary>Runs a query and returns the first column of the first row, converted to <typeparamref name="T"/>, or default.</summary>
    T? Scalar<T>(string sql, object? args = null);

    /// <summary>Streams the rows of a query; each row is mapped while the reader is on it.</summary>
    IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map, object? args = null);

    /// <summary>An INSERT into <paramref name="table"/> prepared once for many rows, values by position
    /// (<see cref="IRowInserter"/>). With <paramref name="skipConflictOn"/> (a unique column), a row whose value there
    /// is taken already is skipped (<c>ON CONFLICT (column) DO NOTHING</c>) and <see cref="IRowInserter.Insert"/> says so:
    /// one statement instead of a look-up before each insert. Default member (SDK 1.2): one <see cref="Execute"/> a row.</summary>
    IRowInserter Inserter(string table, IReadOnlyList<string> columns, string? skipConflictOn = null) =>
        new RowInserter.Executing(this, RowInserter.Sql(table, columns, skipConflictOn), columns);

    /// <summary>Runs <paramref name="work"/> in one transaction that takes the write lock at once;
    /// commits when it returns, rolls back when it throws. Nested calls join the outer transaction.</summary>
    T Write<T>(Func<T> work);

    /// <summary>Runs <paramref name="work"/> in one write transaction; see <see cref="Write{T}"/>.</summary>
    void Write(Action work);
}
