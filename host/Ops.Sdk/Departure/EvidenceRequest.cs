namespace Ops.Sdk.Departure;

/// <summary>What the person who asked for an evidence pack (<c>ops case export</c>) gave beyond the person.</summary>
/// <param name="LeakedFiles">Files believed to have leaked (<c>--leaked FILE</c>), full paths; a plugin that can trace them
/// (the client registry's canary trace) adds what it finds.</param>
public sealed record EvidenceRequest(IReadOnlyList<string> LeakedFiles)
{
    /// <summary>Nothing beyond the person.</summary>
    public static EvidenceRequest None { get; } = new([]);
}
