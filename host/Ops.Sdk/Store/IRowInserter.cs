namespace Ops.Sdk.Store;

/// <summary>
/// An INSERT into one table prepared once and run for many rows, each row's values given by position in the order of
/// the columns it was made for (<see cref="IStore.Inserter"/>): for imports, where binding parameters by name on every
/// row costs as much as the database's own work. Values are converted as the store's parameters are (null, text,
/// integers, <see cref="bool"/> as 0/1, <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>, <see cref="decimal"/> as text).
/// Use it inside <see cref="IStore.Write{T}"/>, so the rows share one transaction, and dispose it there.
/// </summary>
public interface IRowInserter : IDisposable
{
    /// <summary>The columns, in the order <see cref="Insert"/> takes their values.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Inserts one row; <paramref name="values"/> has one value per column, in <see cref="Columns"/> order.
    /// Returns false when the inserter skips conflicts on a unique column and the row had one (nothing was written).</summary>
    bool Insert(params ReadOnlySpan<object?> values);
}
