using System.Text.RegularExpressions;

namespace Ops.Sdk.Store;

/// <summary>The SQL of an <see cref="IRowInserter"/>, and the inserter any <see cref="IStore"/> gets by default: one
/// <see cref="IStore.Execute"/> a row (the host's stores prepare the statement once instead).</summary>
public static partial class RowInserter
{
    /// <summary>The parameter name of column <paramref name="index"/> (<c>v0</c>, <c>v1</c>…), as in <see cref="Sql"/>.</summary>
    public static string Parameter(int index) => "v" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>INSERT INTO table (a, b) VALUES ($v0, $v1)</c>, with <c>ON CONFLICT (column) DO NOTHING</c> when
    /// <paramref name="skipConflictOn"/> names one; the table and column names must be plain identifiers (letters,
    /// digits, underscores), as they go into the statement's text.</summary>
    public static string Sql(string table, IReadOnlyList<string> columns, string? skipConflictOn = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0) throw new ArgumentException("an insert needs at least one column", nameof(columns));
        foreach (var name in columns.Prepend(table).Append(skipConflictOn ?? table))
            if (!Identifier().IsMatch(name)) throw new ArgumentException($"'{name}' is not a plain SQL identifier", nameof(columns));
        var values = string.Join(", ", columns.Select((_, i) => "$" + Parameter(i)));
        var conflict = skipConflictOn is null ? "" : $" ON CONFLICT ({skipConflictOn}) DO NOTHING";
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({values}){conflict}";
    }

    /// <summary>Checks that a row has one value per column.</summary>
    public static void CheckCount(IReadOnlyList<string> columns, int values)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (values != columns.Count)
            throw new ArgumentException($"the row has {values} value(s) for {columns.Count} column(s) ({string.Join(", ", columns)})");
    }

    internal sealed class Executing(IStore store, string sql, IReadOnlyList<string> columns) : IRowInserter
    {
        public IReadOnlyList<string> Columns { get; } = [.. columns];

        public bool Insert(params ReadOnlySpan<object?> values)
        {
            CheckCount(Columns, values.Length);
            var args = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
            for (var i = 0; i < values.Length; i++) args[Parameter(i)] = values[i];
            return store.Execute(sql, args.AsReadOnly()) > 0;
        }

        public void Dispose() { }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
