using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Ops.Sdk.Output;

namespace Ops.Sdk.Cli;

/// <summary>The option shapes every command uses, so that each kind of value is spelled, shown and checked one way:
/// a bad value fails while the line is parsed (exit 2 with the help hint), before the command does anything.</summary>
public static class OpsOptions
{
    /// <summary>How dates are written on the command line.</summary>
    public const string DateForm = "yyyy-MM-dd";

    /// <summary>How months (pay periods) are written on the command line.</summary>
    public const string PeriodForm = "yyyy-MM";

    /// <summary>A free-text option.</summary>
    public static Option<string> Text(string name, string description, string helpName = "TEXT") =>
        new(name) { Description = description, HelpName = helpName };

    /// <summary>A date, checked at parse time (<see cref="DateForm"/>); null when the option is not given.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = $"{description} ({DateForm})",
        HelpName = "DATE",
        CustomParser = r => r.Tokens.Count == 0 ? null : ParseOrError(r, name),
    };

    /// <summary>A date checked at parse time whose text goes on to code that validates text (an import column, a
    /// field shared with a file format); otherwise prefer <see cref="Date"/>.</summary>
    public static Option<string> DateText(string name, string description)
    {
        var option = Text(name, $"{description} ({DateForm})", "DATE");
        option.Validators.Add(r =>
        {
            if (r.Tokens is [{ } t] && t.Value.Length > 0 && !TryDate(t.Value, out _))
                r.AddError(NotADate(name, t.Value) + $"; write it as {DateForm}, e.g. 2026-11-30");
        });
        return option;
    }

    /// <summary>A month (<see cref="PeriodForm"/>), checked at parse time; the value is the text as given.</summary>
    public static Option<string> Period(string name, string description)
    {
        var option = new Option<string>(name) { Description = $"{description} ({PeriodForm})", HelpName = PeriodForm.ToUpperInvariant() };
        option.Validators.Add(r =>
        {
            if (r.Tokens is [{ } t] && !DateOnly.TryParseExact(t.Value + "-01", DateForm, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                r.AddError($"{name} '{t.Value}' is not a month; write it as {PeriodForm}, e.g. 2026-11");
        });
        return option;
    }

    /// <summary>One of a fixed list of values (a status, a role, a target), checked at parse time and offered by completion.</summary>
    public static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, HelpName = string.Join('|', values) };
        option.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
                if (!values.Contains(t.Value, StringComparer.Ordinal)) r.AddError(NotAmong(name, t.Value, values));
        });
        option.CompletionSources.Add(values);
        return option;
    }

    /// <summary>An enum-valued option shown and accepted in lower case (<c>--format json</c>, <c>[default: table]</c>).</summary>
    public static Option<T> Choice<T>(string name, string description, T defaultValue, params string[] aliases) where T : struct, Enum
    {
        var values = Names<T>();
        var option = new Option<T>(name, aliases)
        {
            Description = description,
            HelpName = string.Join('|', values),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r =>
            {
                if (r.Tokens.Count == 0) return defaultValue;
                var text = r.Tokens[0].Value;
                foreach (var value in Enum.GetValues<T>())
                    if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase)) return value;
                r.AddError(NotAmong(name, text, values));
                return defaultValue;
            },
        };
        option.CompletionSources.Clear();   // System.CommandLine would offer the enum's names as declared
        option.CompletionSources.Add(values);
        return option;
    }

    /// <summary>The one <c>--format</c> option; its values are <see cref="OutputFormat"/>'s, so a new format appears everywhere.</summary>
    public static Option<OutputFormat> Format() =>
        Choice("--format", "Output format: " + string.Join(", ", Names<OutputFormat>()), OutputFormat.Table, "-f");

    /// <summary>The one output-path option, <c>--out</c>. Older spellings can be kept for scripts with
    /// <see cref="SymbolNotes.WithHiddenAliases"/>.</summary>
    public static Option<string> Out(string description, string helpName = "FILE") =>
        new("--out") { Description = description, HelpName = helpName };

    /// <summary><c>--force</c>: replace what exists (a file, a signed record) instead of refusing.</summary>
    public static Option<bool> Force(string description = "Replace an existing file instead of refusing") =>
        new("--force") { Description = description };

    /// <summary>Parses a date written as <see cref="DateForm"/>; null for null or empty text.</summary>
    /// <exception cref="Errors.InvalidInputException">The text is not such a date.</exception>
    public static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TryDate(text, out var d) ? d : throw new Errors.InvalidInputException(NotADate(option, text), $"write it as {DateForm}, e.g. 2026-11-30");
    }

    /// <summary>The message for a value that is not among the allowed ones.</summary>
    public static string NotAmong(string option, string value, IEnumerable<string> values) =>
        $"{option} '{value}' is not one of {string.Join(", ", values)}";

    private static DateOnly? ParseOrError(ArgumentResult r, string name)
    {
        var text = r.Tokens[0].Value;
        if (TryDate(text, out var d)) return d;
        r.AddError(NotADate(name, text) + $"; write it as {DateForm}, e.g. 2026-11-30");
        return null;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateForm, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string NotADate(string option, string text) => $"{option} '{text}' is not a date";

    private static string[] Names<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
}
