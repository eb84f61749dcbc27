using System.CommandLine;
using System.CommandLine.Parsing;
using Ops.Sdk.Cli;

namespace Ops.Host.Audit;

/// <summary>The command line as the audit stores it: command words, option names and the values of options and
/// arguments are kept, except the values of those declared as client data where they are defined
/// (<see cref="SymbolNotes.CarriesClientData"/>: a search term, a phone, an e-mail, a name, an INN), which are
/// replaced by <see cref="Mark"/>, as is any word the parser could not place. The event's records and details say
/// what was touched. A new plugin's options are covered by their own marks; the host keeps no list.</summary>
internal static class CommandLineRedaction
{
    public const string Mark = "‹redacted›";

    /// <summary>The line as parsed; <paramref name="keep"/> is one bare word to keep even though the parser could
    /// not place it (the command name, when only the global options were parsed).</summary>
    public static string Redact(ParseResult parse, string? keep = null)
    {
        var plain = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var hidden = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        Collect(parse.RootCommandResult, plain, hidden);
        var words = new List<string> { "ops" };
        foreach (var token in parse.Tokens)
        {
            var value = token.Type != TokenType.Argument || plain.Contains(token) ? token.Value
                : keep is not null && token.Value == keep && !hidden.Contains(token) ? token.Value
                : Mark;
            if (value == keep) keep = null;
            words.Add(value == Mark ? value : App.GlobalArgs.Quote(value));
        }
        return string.Join(' ', words);
    }

    private static void Collect(SymbolResult result, HashSet<Token> plain, HashSet<Token> hidden)
    {
        var secret = result switch
        {
            ArgumentResult { Parent: OptionResult o } a => o.Option.IsClientData() || a.Argument.IsClientData(),
            ArgumentResult a => a.Argument.IsClientData(),
            OptionResult o => o.Option.IsClientData(),
            _ => false,
        };
        if (result is ArgumentResult or OptionResult)
            foreach (var t in result.Tokens) (secret ? hidden : plain).Add(t);
        if (result is CommandResult command)
            foreach (var child in command.Children) Collect(child, plain, hidden);
    }
}
