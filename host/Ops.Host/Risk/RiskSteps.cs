namespace Ops.Host.Risk;

/// <summary>A finding's fix as steps a director can hand to someone: what to do, in words, with the command beside it.
/// A check writes its fix as <c>;</c>-separated parts; a part is a command (<c>ops …</c>), words, or words then a command
/// (<c>a leaked copy can be traced with: ops clients trace FILE</c>). A bare command gets its words from
/// <see cref="RiskWords.Step"/>, by the command it runs.</summary>
internal static class RiskSteps
{
    public static IReadOnlyList<string> Parts(string fix) =>
        fix.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<RiskStep> Of(string? fix, RiskWords words) => fix is null ? [] : Parts(fix).Select(p => Step(p, words)).ToList();

    private static RiskStep Step(string part, RiskWords words)
    {
        var at = part.StartsWith("ops ", StringComparison.Ordinal) ? 0
            : part.IndexOf(" ops ", StringComparison.Ordinal) is var i and >= 0 ? i + 1 : -1;
        if (at < 0) return new RiskStep(Capital(part), null);
        var command = part[at..].Trim();
        var comment = command.IndexOf("  #", StringComparison.Ordinal);
        var note = comment < 0 ? null : command[(comment + 3)..].Trim();
        if (comment >= 0) command = command[..comment].TrimEnd();
        var text = at > 0 ? part[..at].TrimEnd(' ', ':') : words.Step(command);
        if (note is not null) text += " (" + note + ")";
        return new RiskStep(Capital(text), command);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>One step of a fix: what to do, and the command that does it (null when it takes a person, not a command).</summary>
internal sealed record RiskStep(string Text, string? Command);
