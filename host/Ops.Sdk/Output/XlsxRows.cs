using System.Collections;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Ops.Sdk.Output;

/// <summary>Writes rows as an XLSX workbook (MiniExcel, streamed): one sheet, a header row of the column headings,
/// typed cells — numbers as numbers, money (<see cref="decimal"/>) with a <c>#,##0.00</c> format, dates and timestamps
/// (UTC) as Excel dates, lists as text joined by "; ". Text is stored as a string cell, never run as a formula.</summary>
internal static class XlsxRows
{
    /// <summary>The number format of money cells.</summary>
    public const string MoneyFormat = "#,##0.00";

    private const int Sample = 200;   // rows read ahead to find each column's kind of value

    /// <summary>Writes <paramref name="rows"/> to <paramref name="stream"/>, enumerating them once.</summary>
    public static void Write<T>(Stream stream, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        using var e = rows.GetEnumerator();
        var head = new List<IDictionary<string, object?>>();
        while (head.Count < Sample && e.MoveNext()) head.Add(Cells(e.Current, columns));
        var config = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.None,
            DynamicColumns = columns.Select(c => new DynamicExcelColumn(c.Key)
            {
                Name = c.Header,
                Format = head.Select(r => FormatOf(r[c.Key])).FirstOrDefault(f => f is not null),
                Width = Math.Clamp(c.Header.Length + 4, 10, 40),
            }).ToArray(),
        };
        MiniExcel.SaveAs(stream, Rest(head, e, columns), sheetName: "ops", configuration: config);
    }

    private static IEnumerable<IDictionary<string, object?>> Rest<T>(List<IDictionary<string, object?>> head, IEnumerator<T> e, IReadOnlyList<Column<T>> columns)
    {
        if (head.Count == 0) yield return columns.ToDictionary(c => c.Key, _ => (object?)null);   // keeps the header row
        foreach (var row in head) yield return row;
        while (e.MoveNext()) yield return Cells(e.Current, columns);
    }

    private static Dictionary<string, object?> Cells<T>(T row, IReadOnlyList<Column<T>> columns)
    {
        var cells = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
        foreach (var c in columns) cells[c.Key] = Cell(c.Value(row));
        return cells;
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => s,
        bool or int or long or double or decimal => value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset t => t.UtcDateTime,
        IEnumerable => CellText.Of(value),
        _ => CellText.Of(value),
    };

    private static string? FormatOf(object? cell) => cell switch
    {
        decimal => MoneyFormat,
        DateTime { TimeOfDay.Ticks: 0 } => "yyyy-mm-dd",
        DateTime => "yyyy-mm-dd hh:mm:ss",
        _ => null,
    };
}
