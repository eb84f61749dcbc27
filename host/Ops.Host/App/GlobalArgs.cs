namespace Ops.Host.App;

/// <summary>The options read before the command tree is built: the store and the person to act as.
/// They are also declared on the root command (recursive) so that help shows them and the parser accepts them anywhere.</summary>
internal sealed record GlobalArgs(string? Db, string? As, string? Command, string CommandLine, IReadOnlyList<string> Words)
{
    public static GlobalArgs Scan(string[] args)
    {
        string? db = null, asLogin = null, command = null;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--") break;
            if (TryValue(args, ref i, "--db", out var v)) db = v;
            else if (TryValue(args, ref i, "--as", out v)) asLogin = v;
            else if (command is null && !a.StartsWith('-')) command = a;
        }
        return new GlobalArgs(db, asLogin, command, "ops " + string.Join(' ', args.Select(Quote)), args.Select(Quote).ToArray());
    }

    private static bool TryValue(string[] args, ref int i, string name, out string? value)
    {
        value = null;
        if (args[i] == name)
        {
            if (i + 1 < args.Length) value = args[++i];
            return true;
        }
        if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
        {
            value = args[i][(name.Length + 1)..];
            return true;
        }
        return false;
    }

    private static string Quote(string a) => a.Length > 0 && a.All(c => char.IsLetterOrDigit(c) || "-_./:=@,".Contains(c)) ? a : "'" + a.Replace("'", "'\\''") + "'";
}
