using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Ops.Host.Store;

/// <summary>Binds the public properties of an anonymous object as <c>$Name</c> parameters (PostgreSQL: <c>@Name</c>, no prefix).</summary>
internal static class SqlArgs
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static void Bind(DbCommand command, object? args, string prefix = "$")
    {
        if (args is null) return;
        if (args is IReadOnlyDictionary<string, object?> dict)
        {
            foreach (var (name, value) in dict) Add(command, prefix + name, value);
            return;
        }
        foreach (var p in Properties.GetOrAdd(args.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
            Add(command, prefix + p.Name, p.GetValue(args));
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = ToDb(value);
        command.Parameters.Add(parameter);
    }

    /// <summary>A value as the store keeps it: null as DBNull, dates and decimals as text, booleans as 0/1.</summary>
    internal static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        Enum e => e.ToString().ToLowerInvariant(),
        _ => value,
    };
}
