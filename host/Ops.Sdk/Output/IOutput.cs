namespace Ops.Sdk.Output;

/// <summary>Where a command writes: data to <see cref="Out"/>, everything for people to <see cref="Error"/>.</summary>
public interface IOutput
{
    /// <summary>Standard output: data only.</summary>
    TextWriter Out { get; }

    /// <summary>Standard error: messages, warnings, progress.</summary>
    TextWriter Error { get; }

    /// <summary>A message for the person at the terminal (stderr).</summary>
    void Message(string text);

    /// <summary>Writes rows in the chosen format. JSON and CSV stream; a table is measured first.</summary>
    void Rows<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, OutputFormat format);

    /// <summary>Writes one record: key/value lines in a table, an object in JSON, a one-row CSV.</summary>
    void Record(IReadOnlyList<KeyValuePair<string, object?>> fields, OutputFormat format);
}
