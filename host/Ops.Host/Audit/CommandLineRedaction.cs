using Ops.Host.App;

namespace Ops.Host.Audit;

/// <summary>The command line as the audit stores it: command words, option names and the values of options that never
/// carry client data are kept; every other value (a search term, a phone, an e-mail, a name, an INN, a file's content
/// named on the line) is replaced by <see cref="Mark"/>. The event's records and details say what was touched.</summary>
internal static class CommandLineRedaction
{
    public const string Mark = "‹redacted›";

    /// <summary>Words that are command names (every level of the tree); any other bare word is a value.</summary>
    private static readonly HashSet<string> CommandWords = new(StringComparer.Ordinal)
    {
        "access", "add", "adopt", "archive", "assign", "audit", "backup", "calc", "calendar", "calls", "check", "clients", "close",
        "contacts", "coverage", "db", "disable", "docs", "doctor", "done", "enable", "explain", "export", "firm", "generate", "grant",
        "grants", "head", "hello", "help", "import", "info", "init", "install", "leave", "lines", "lint", "list", "mail", "migrate",
        "overdue", "pay", "permissions", "plugins", "policy", "reassign", "regime", "remove", "render", "report", "reset", "restore",
        "revoke", "risk", "roles", "search", "secrets", "set", "settings", "show", "sign", "simulate", "staff", "status", "tasks",
        "templates", "trace", "unassign", "update", "upgrade", "verify", "watch",
    };

    /// <summary>Options whose values are formats, dates, scopes, logins, permission ids or paths, never client data.</summary>
    private static readonly HashSet<string> PlainOptions = new(StringComparer.Ordinal)
    {
        "--format", "-f", "--status", "--limit", "--since", "--until", "--lang", "--scope", "--role", "--person", "--as", "--db",
        "--target", "-t", "--action", "--result", "--record", "--from", "--to", "--period", "--out", "-o", "--output", "--dir",
        "--actor", "--login", "--manager", "--team", "--month", "--year", "--doc",
    };

    public static string Redact(GlobalArgs args) => "ops " + string.Join(' ', Redact(args.Words));

    public static IEnumerable<string> Redact(IReadOnlyList<string> words)
    {
        var inCommand = true;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w == "--") { yield return w; inCommand = false; continue; }
            if (w.StartsWith('-') && w.Length > 1 && !char.IsAsciiDigit(w[1]))
            {
                var eq = w.IndexOf('=');
                var name = eq < 0 ? w : w[..eq];
                if (eq >= 0) yield return PlainOptions.Contains(name) ? w : name + "=" + Mark;
                else yield return w;
                inCommand = false;
                if (eq < 0 && i + 1 < words.Count && !words[i + 1].StartsWith('-'))
                {
                    // The next word is this option's value, unless the option is a flag; a flag's next word is a
                    // positional value, redacted just the same unless it is a plain option's value.
                    i++;
                    yield return PlainOptions.Contains(name) ? words[i] : Mark;
                }
                continue;
            }
            if (inCommand && CommandWords.Contains(w)) { yield return w; continue; }
            inCommand = false;
            yield return Mark;
        }
    }
}
