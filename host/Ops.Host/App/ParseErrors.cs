using System.CommandLine;
using System.CommandLine.Parsing;
using Ops.Sdk.Cli;
using Ops.Sdk.Errors;

namespace Ops.Host.App;

/// <summary>Parse errors in the same form as every other error (<c>ops: error: … hint: …</c>, exit 2), without .NET
/// type names: a value System.CommandLine could not convert is described by what was expected.</summary>
internal static class ParseErrors
{
    public static int Report(ParseResult parse, TextWriter error)
    {
        var messages = parse.Errors.Count > 0 ? parse.Errors.Select(Text)
            : parse.UnmatchedTokens.Select(t => $"unrecognized command or argument '{t}'");
        foreach (var message in messages.Distinct(StringComparer.Ordinal))
            error.WriteLine($"ops: error: {message}");
        error.WriteLine($"  hint: see '{HelpCommand(parse)}' for usage and examples");
        return ExitCodes.Usage;
    }

    private static string Text(ParseError error)
    {
        var (name, type) = error.SymbolResult switch
        {
            OptionResult o => (o.Option.Name, o.Option.ValueType),
            ArgumentResult { Parent: OptionResult o } => (o.Option.Name, o.Option.ValueType),
            ArgumentResult a => (a.Argument.HelpName ?? a.Argument.Name.ToUpperInvariant(), a.Argument.ValueType),
            _ => (null, null),
        };
        if (name is null || type is null) return error.Message;
        var single = Nullable.GetUnderlyingType(type) ?? type;
        if (!error.Message.Contains(single.FullName!, StringComparison.Ordinal)) return error.Message;
        var token = error.SymbolResult!.Tokens.Select(t => t.Value).LastOrDefault() ?? "";
        return $"{name} '{token}' is not {Expected(single)}";
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a number",
        _ when type == typeof(DateOnly) => $"a date ({OpsOptions.DateForm})",
        _ when type == typeof(bool) => "true or false",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant())),
        _ => "a valid value",
    };

    /// <summary>"ops clients list --help" for the command the line reached.</summary>
    public static string HelpCommand(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as CommandResult)
            names.Insert(0, r.Command.Name);
        names[0] = "ops";
        return string.Join(' ', names) + " --help";
    }
}
