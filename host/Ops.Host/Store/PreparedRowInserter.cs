using System.Data.Common;
using Ops.Sdk.Store;

namespace Ops.Host.Store;

/// <summary>An <see cref="IRowInserter"/> over one prepared command of the store (PostgreSQL: the server plans the
/// insert once, and parameters are set by position). Each row runs through <c>guard</c>, the store's translation of
/// the server's refusals (a plugin's store gives its own).</summary>
internal sealed class PreparedRowInserter : IRowInserter
{
    private readonly DbCommand _command;
    private readonly Func<Func<bool>, bool> _guard;

    public IReadOnlyList<string> Columns { get; }

    public PreparedRowInserter(IStore store, string table, IReadOnlyList<string> columns, string? skipConflictOn, Func<Func<bool>, bool> guard)
    {
        _guard = guard;
        var sql = RowInserter.Sql(table, columns, skipConflictOn);
        Columns = [.. columns];
        var nulls = Enumerable.Range(0, Columns.Count).ToDictionary(RowInserter.Parameter, _ => (object?)null);
        _command = store.Command(sql, nulls.AsReadOnly());
        _command.Prepare();
    }

    public bool Insert(params ReadOnlySpan<object?> values)
    {
        RowInserter.CheckCount(Columns, values.Length);
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = SqlArgs.ToDb(values[i]);
        return _guard(() => _command.ExecuteNonQuery() > 0);
    }

    public void Dispose() => _command.Dispose();
}
