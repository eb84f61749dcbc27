using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ops.Sdk.Output;

/// <summary>Streams values as JSON with a <see cref="Utf8JsonWriter"/>; Cyrillic is written as is, not escaped.</summary>
public static class JsonRows
{
    /// <summary>Writer options shared by every JSON output.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one value of the kinds <see cref="Column{T}"/> allows.</summary>
    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null or "": w.WriteNullValue(); break;   // docs/output.md: a missing value is null, never ""
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteNumberValue(d); break;
            case decimal m: w.WriteNumberValue(m); break;
            case DateOnly or DateTimeOffset: w.WriteStringValue(CellText.Of(value)); break;
            case IDictionary dict:
                w.WriteStartObject();
                foreach (DictionaryEntry e in dict)
                {
                    w.WritePropertyName(e.Key.ToString()!);
                    WriteValue(w, e.Value);
                }
                w.WriteEndObject();
                break;
            case IEnumerable e:
                w.WriteStartArray();
                foreach (var item in e) WriteValue(w, item);
                w.WriteEndArray();
                break;
            default: w.WriteStringValue(value.ToString()); break;
        }
    }
}
