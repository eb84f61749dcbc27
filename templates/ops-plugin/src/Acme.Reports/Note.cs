using Ops.Sdk.Errors;

namespace Acme.Reports;

/// <summary>A note as stored and listed.</summary>
public sealed record Note(long Id, string Author, string Text, string CreatedAt)
{
    /// <summary>Checks a note's text before anything is written.</summary>
    public static string Validate(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 2000 || trimmed.Any(c => char.IsControl(c) && c != '\n'))
            throw new InvalidInputException("a note must be 1–2000 characters without control characters", "shorten or clean the text");
        return trimmed;
    }
}
