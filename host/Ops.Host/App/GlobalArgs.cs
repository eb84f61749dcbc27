using System.CommandLine;
using Ops.Sdk.Cli;

namespace Ops.Host.App;

/// <summary>The options read before the command tree is built: the store, the person to act as, and the command named.
/// They are read by System.CommandLine from the same option definitions the tree declares on its root (recursive, so
/// help shows them and the parser accepts them anywhere), so both readings agree on every spelling.</summary>
internal sealed record GlobalArgs(string? Db, string? As, string? Command, ParseResult Parse, IReadOnlyList<string> Words)
{
    public static Option<string> DbOption() => new("--db")
    {
        Description = "The store to use (default: $OPS_DB, else ~/.local/share/ops/ops.db)",
        HelpName = "PATH",
        Recursive = true,
    };

    public static Option<string> AsOption() => new("--as")
    {
        Description = "Act as another staff member (admins only; recorded in the audit log)",
        HelpName = "LOGIN",
        Recursive = true,
    };

    public static GlobalArgs Scan(string[] args)
    {
        var db = DbOption();
        var asLogin = AsOption();
        var words = new Argument<string[]>("words") { Arity = ArgumentArity.ZeroOrMore }.CarriesClientData();   // not yet placed
        var root = new RootCommand { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(db);
        root.Options.Add(asLogin);
        root.Arguments.Add(words);
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var command = parse.GetValue(words)?.FirstOrDefault(w => !w.StartsWith('-'));
        return new GlobalArgs(parse.GetValue(db), parse.GetValue(asLogin), command, parse, args.Select(Quote).ToArray());
    }

    /// <summary>A word as a POSIX shell would need it to repeat the line (for hints).</summary>
    public static string Quote(string a) => a.Length > 0 && a.All(c => char.IsLetterOrDigit(c) || "-_./:=@,".Contains(c)) ? a : "'" + a.Replace("'", "'\\''") + "'";
}
