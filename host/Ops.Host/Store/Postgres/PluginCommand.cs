using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Ops.Host.Store.Postgres;

/// <summary>A command handed to a plugin: whatever its text is when it runs (a plugin may change it after
/// <c>Command()</c>), it runs as the plugin (<paramref name="asPlugin"/> wraps and checks it each time).</summary>
internal sealed class PluginCommand(DbCommand inner, Func<string, string> asPlugin) : DbCommand
{
    private string _text = inner.CommandText;

    [AllowNull]
    public override string CommandText { get => _text; set => _text = value ?? ""; }
    public override int CommandTimeout { get => inner.CommandTimeout; set => inner.CommandTimeout = value; }
    public override CommandType CommandType
    {
        get => CommandType.Text;
        set { if (value != CommandType.Text) throw new NotSupportedException("a plugin's command is SQL text"); }
    }
    public override bool DesignTimeVisible { get; set; }
    public override UpdateRowSource UpdatedRowSource { get => inner.UpdatedRowSource; set => inner.UpdatedRowSource = value; }
    protected override DbConnection? DbConnection { get => inner.Connection; set => throw new NotSupportedException("a plugin's command stays on the store's connection"); }
    private DollarParameters? _parameters;
    protected override DbParameterCollection DbParameterCollection => _parameters ??= new DollarParameters(inner.Parameters);
    protected override DbTransaction? DbTransaction { get => inner.Transaction; set => inner.Transaction = value; }

    public override void Cancel() => inner.Cancel();
    public override void Prepare() { }
    protected override DbParameter CreateDbParameter() => inner.CreateParameter();

    public override int ExecuteNonQuery() => Ready().ExecuteNonQuery();
    public override object? ExecuteScalar() => Ready().ExecuteScalar();
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Ready().ExecuteReader(behavior);

    private DbCommand Ready()
    {
        inner.CommandText = PostgresSql.Translate(asPlugin(_text));
        return inner;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
