using System.CommandLine;
using System.Globalization;
using Ops.Documents.Templating;
using Ops.Sdk.Errors;

namespace Ops.Documents.Commands;

/// <summary>Option shapes and parsing shared by the docs commands.</summary>
internal static class Cli
{
    public static Option<string> Text(string name, string description, string helpName = "TEXT") =>
        new(name) { Description = description, HelpName = helpName };

    public static Option<string> Lang() => new("--lang")
    {
        Description = "Language of the document: ru (default) or en",
        HelpName = "ru|en",
        DefaultValueFactory = _ => "ru",
    };

    public static string ParseLang(string? lang) =>
        DocumentKind.Languages.Contains(lang ?? "ru") ? lang ?? "ru"
            : throw new UsageException($"--lang '{lang}' is not supported", "use --lang ru or --lang en");

    public static DocumentKind Doc(string? id)
    {
        if (id is not null && DocumentKind.Find(id) is { } kind) return kind;
        throw new NotFoundException($"there is no document '{id}'",
            $"the documents are: {string.Join(", ", DocumentKind.All.Select(d => d.Id))} (see: ops docs list)");
    }

    public static DateOnly Date(string? text, string option, DateOnly today)
    {
        if (string.IsNullOrEmpty(text)) throw new UsageException($"{option} is required", $"give it as YYYY-MM-DD, e.g. {option} {today:yyyy-MM-dd}");
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new InvalidInputException($"{option} '{text}' is not a date", "write it as YYYY-MM-DD, e.g. 2026-11-30");
        if (d > today) throw new InvalidInputException($"{option} {text} is in the future", "record what has happened: use the date the paper was signed");
        return d;
    }
}
