using System.Collections;
using System.Data.Common;

namespace Ops.Host.Store.Postgres;

/// <summary>A command's parameters as plugins name them on either engine: <c>$Name</c>, as in the SQL (SQLite keeps
/// the prefix in the name; Npgsql binds <c>@Name</c> to <c>Name</c>). So <c>command.Parameters["$Inn"]</c> on a
/// prepared command, and a parameter added as <c>$Inn</c>, work on PostgreSQL as on SQLite.</summary>
internal sealed class DollarParameters(DbParameterCollection inner) : DbParameterCollection
{
    private static string Bare(string name) => name.StartsWith('$') ? name[1..] : name;

    private static object Named(object value)
    {
        if (value is DbParameter { ParameterName: { } name } p && name.StartsWith('$')) p.ParameterName = Bare(name);
        return value;
    }

    public override int Count => inner.Count;
    public override object SyncRoot => inner.SyncRoot;
    public override int Add(object value) => inner.Add(Named(value));
    public override void AddRange(Array values) { foreach (var v in values) Add(v); }
    public override void Clear() => inner.Clear();
    public override bool Contains(object value) => inner.Contains(value);
    public override bool Contains(string value) => inner.Contains(Bare(value));
    public override void CopyTo(Array array, int index) => inner.CopyTo(array, index);
    public override IEnumerator GetEnumerator() => inner.GetEnumerator();
    public override int IndexOf(object value) => inner.IndexOf(value);
    public override int IndexOf(string parameterName) => inner.IndexOf(Bare(parameterName));
    public override void Insert(int index, object value) => inner.Insert(index, Named(value));
    public override void Remove(object value) => inner.Remove(value);
    public override void RemoveAt(int index) => inner.RemoveAt(index);
    public override void RemoveAt(string parameterName) => inner.RemoveAt(Bare(parameterName));
    protected override DbParameter GetParameter(int index) => inner[index];
    protected override DbParameter GetParameter(string parameterName) => inner[Bare(parameterName)];
    protected override void SetParameter(int index, DbParameter value) => inner[index] = (DbParameter)Named(value);
    protected override void SetParameter(string parameterName, DbParameter value) => inner[Bare(parameterName)] = (DbParameter)Named(value);
}
