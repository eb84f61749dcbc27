using Ops.Documents.Templating;
using Ops.Sdk.Errors;

namespace Ops.Documents.Commands;

/// <summary>Checks the docs commands share (option shapes come from the SDK's <c>OpsOptions</c>).</summary>
internal static class Cli
{
    public static DocumentKind Doc(string? id)
    {
        if (id is not null && DocumentKind.Find(id) is { } kind) return kind;
        throw new NotFoundException($"there is no document '{id}'",
            $"the documents are: {string.Join(", ", DocumentKind.All.Select(d => d.Id))} (see: ops docs list)");
    }

    /// <summary>A date of something that has happened: given, and not after today.</summary>
    public static DateOnly Past(DateOnly? date, string option, DateOnly today)
    {
        if (date is not { } d) throw new UsageException($"{option} is required", $"give it as yyyy-MM-dd, e.g. {option} {today:yyyy-MM-dd}");
        if (d > today) throw new InvalidInputException($"{option} {d:yyyy-MM-dd} is in the future", "record what has happened: use the date the paper was signed");
        return d;
    }
}
