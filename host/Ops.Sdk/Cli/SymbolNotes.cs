using System.CommandLine;
using System.Runtime.CompilerServices;

namespace Ops.Sdk.Cli;

/// <summary>What a command or option says about itself beyond System.CommandLine's own properties: whether its values
/// are client data (the audit stores them redacted), the examples its help shows, and old spellings kept out of help.
/// Declared where the symbol is defined, read by the host from the parsed command.</summary>
public static class SymbolNotes
{
    private sealed class Notes
    {
        public bool ClientData;
        public List<string> Examples { get; } = [];
        public HashSet<string> HiddenAliases { get; } = new(StringComparer.Ordinal);
    }

    private static readonly ConditionalWeakTable<Symbol, Notes> Table = new();

    private static Notes Of(Symbol symbol) => Table.GetOrCreateValue(symbol);

    /// <summary>Marks an option or argument whose values are client data (a search term, a phone, an e-mail, a name,
    /// an INN): the audit log keeps the option's name and replaces the value.</summary>
    public static T CarriesClientData<T>(this T symbol) where T : Symbol
    {
        Of(symbol).ClientData = true;
        return symbol;
    }

    /// <summary>Whether <see cref="CarriesClientData"/> marked this symbol.</summary>
    public static bool IsClientData(this Symbol symbol) => Table.TryGetValue(symbol, out var n) && n.ClientData;

    /// <summary>Adds command lines to the command's help, under "Examples:" (each one a runnable <c>ops …</c> line,
    /// optionally followed by "  # what it does").</summary>
    public static T WithExamples<T>(this T command, params string[] examples) where T : Command
    {
        Of(command).Examples.AddRange(examples);
        return command;
    }

    /// <summary>The examples given with <see cref="WithExamples"/>.</summary>
    public static IReadOnlyList<string> Examples(this Command command) =>
        Table.TryGetValue(command, out var n) ? n.Examples : [];

    /// <summary>Keeps old spellings of an option working for scripts while help shows only its name.</summary>
    public static Option<T> WithHiddenAliases<T>(this Option<T> option, params string[] aliases)
    {
        foreach (var alias in aliases)
        {
            option.Aliases.Add(alias);
            Of(option).HiddenAliases.Add(alias);
        }
        return option;
    }

    /// <summary>The aliases help leaves out (<see cref="WithHiddenAliases"/>).</summary>
    public static bool IsHiddenAlias(this Option option, string alias) =>
        Table.TryGetValue(option, out var n) && n.HiddenAliases.Contains(alias);
}
