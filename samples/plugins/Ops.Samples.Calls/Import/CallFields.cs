namespace Ops.Samples.Calls.Import;

/// <summary>The fields a generic call CSV can map with <c>--map</c>, e.g. <c>from=caller,to=callee,start=date,duration=secs,line=ext</c>
/// (the mechanism is the SDK's <see cref="Ops.Sdk.Input.ColumnMap"/>).</summary>
internal static class CallFields
{
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["start"] = "when the call started (required)",
        ["from"] = "the calling number or extension (required)",
        ["to"] = "the called number or extension (required)",
        ["line"] = "the firm's extension or trunk on the call",
        ["duration"] = "the whole call in seconds, mm:ss or hh:mm:ss",
        ["talk"] = "the talk time (billsec); defaults to duration",
        ["status"] = "answered or not (ANSWERED, NO ANSWER, BUSY, FAILED; also answered/missed, отвечен/пропущен)",
        ["direction"] = "in/out/internal (also incoming/outgoing, входящий/исходящий/внутренний)",
        ["id"] = "a unique call id; without it a hash of the row keeps re-imports idempotent",
    };

    private static readonly string[] Required = ["start", "from", "to"];

    public static Ops.Sdk.Input.ColumnMap Parse(string text) => Ops.Sdk.Input.ColumnMap.Parse(text, Fields.Keys.ToList(), Required);
}
