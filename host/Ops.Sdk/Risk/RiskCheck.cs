namespace Ops.Sdk.Risk;

/// <summary>How bad a finding is. Ordered: compare with &gt;=.</summary>
public enum Severity
{
    /// <summary>Worth knowing.</summary>
    Info = 0,
    /// <summary>Fix when convenient.</summary>
    Low = 1,
    /// <summary>Fix soon.</summary>
    Medium = 2,
    /// <summary>Fix first; makes <c>ops risk</c> exit with <see cref="Errors.ExitCodes.Findings"/>.</summary>
    High = 3,
}

/// <summary>One thing a check found.</summary>
/// <param name="CheckId">The id of the check that found it.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Title">A one-line summary.</param>
/// <param name="Finding">What exactly was found, in a sentence or two.</param>
/// <param name="Records">The records concerned, as <c>kind:id</c> (e.g. <c>staff:ivanova</c>).</param>
/// <param name="Fix">The command to run to fix it, or null when it takes more than a command.</param>
public sealed record RiskFinding(
    string CheckId, Severity Severity, string Title, string Finding, IReadOnlyList<string> Records, string? Fix);

/// <summary>A check a plugin contributes to <c>ops risk</c>.</summary>
public interface IRiskCheck
{
    /// <summary>Stable id, prefixed with the plugin id: <c>clients.contacts-overexposed</c>.</summary>
    string Id { get; }

    /// <summary>What the check looks at, in a few words.</summary>
    string Title { get; }

    /// <summary>The area the report groups it under (access, documents, mail, relationships, pay, audit, …).</summary>
    string Area { get; }

    /// <summary>Runs the check on the live store. Returns nothing when all is well.</summary>
    IEnumerable<RiskFinding> Run();
}
