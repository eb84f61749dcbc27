using System.CommandLine;
using System.Globalization;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands;

/// <summary>Option and argument shapes shared by host commands.</summary>
internal static class Args
{
    public static Argument<string> Login(string description = "The person's staff login") => new("login") { Description = description };

    public static Option<string> Text(string name, string description, string helpName = "TEXT") =>
        new(name) { Description = description, HelpName = helpName };

    public static Option<string> Date(string name, string description) =>
        new(name) { Description = description + " (YYYY-MM-DD)", HelpName = "DATE" };

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        if (text.Length == 0) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InvalidInputException($"{option} '{text}' is not a date", "write it as YYYY-MM-DD, e.g. 2026-11-30");
    }
}
