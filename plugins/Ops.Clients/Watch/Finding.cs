using Ops.Sdk.Risk;

namespace Ops.Clients.Watch;

/// <summary>One thing watch found: who, how bad, what, which records, and what to do.</summary>
internal sealed record Finding(Severity Severity, string Kind, string? Person, string Text, IReadOnlyList<string> Records, string? Fix)
{
    public string SeverityText => Severity.ToString().ToLowerInvariant();
}

/// <summary>Tunables of the watch rules (defaults per the issue; all overridable on the command line).</summary>
internal sealed record WatchOptions(DateOnly Today, DateOnly Since, int LookbackDays = 30, int OwnerDays = 90, bool Russian = false)
{
    /// <summary>The finding's words in the language asked for (the risk report passes the firm's).</summary>
    public string T(string english, string russian) => Russian ? russian : english;

    /// <summary>Roles whose job is to oversee the whole base; their browsing outside an assignment is expected.</summary>
    public static readonly string[] Overseers = ["director", "partner", "admin"];
}
