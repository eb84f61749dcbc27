namespace Ops.Samples.Calls.Data;

/// <summary>Which way a call went, seen from the firm.</summary>
internal enum Direction { In, Out, Internal }

/// <summary>One call as it is stored: the firm's line, the other party's number, when and how long.</summary>
/// <param name="Uid">What makes a re-import of the same record a no-op.</param>
/// <param name="StartedAt">Local time as the PBX wrote it.</param>
/// <param name="Line">The firm's extension or trunk, or null when the record names none.</param>
/// <param name="Number">The other party normalised to +7XXXXXXXXXX, or null when it is not a Russian phone.</param>
/// <param name="NumberRaw">The other party as written in the file.</param>
internal sealed record CallRecord(
    string Uid, string Source, DateTime StartedAt, string? Line, Direction Direction, string? Number, string NumberRaw,
    int DurationS, int Billsec, bool Answered, string Disposition)
{
    public string DirectionText => Direction.ToString().ToLowerInvariant();
}
