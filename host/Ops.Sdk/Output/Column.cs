namespace Ops.Sdk.Output;

/// <summary>One column of a listing.</summary>
/// <param name="Key">The snake_case key used in JSON and as the CSV header.</param>
/// <param name="Header">The heading shown in tables.</param>
/// <param name="Value">Reads the value from a row: string, number, bool, <see cref="DateOnly"/>,
/// <see cref="DateTimeOffset"/>, a list of strings, or null.</param>
public sealed record Column<T>(string Key, string Header, Func<T, object?> Value);

/// <summary>Shorthand for building columns.</summary>
public static class Column
{
    /// <summary>A column whose heading is its key in upper case.</summary>
    public static Column<T> Of<T>(string key, Func<T, object?> value) =>
        new(key, key.Replace('_', ' ').ToUpperInvariant(), value);
}
