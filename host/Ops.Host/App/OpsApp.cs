using System.CommandLine;
using Ops.Sdk.Errors;

namespace Ops.Host.App;

/// <summary>Runs one <c>ops</c> command line and turns every failure into a message and an exit code.</summary>
internal static class OpsApp
{
    public static int Run(string[] args, HostEnvironment env)
    {
        try
        {
            var global = GlobalArgs.Scan(args);
            using var session = new OpsSession(env, global);
            var root = CommandTree.Build(session);
            // "@handle" is a messenger handle here, not a response file.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
            {
                foreach (var error in parse.Errors) env.Error.WriteLine($"ops: {error.Message}");
                env.Error.WriteLine($"Run '{HelpHint(parse)}' for usage.");
                return ExitCodes.Usage;
            }
            if (parse.Action is not System.CommandLine.Help.HelpAction) FileFormatOptions.Apply(parse, session, env);
            return parse.Invoke(new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (OpsException e)
        {
            Report(env, e.Message, e.Hint);
            return e.ExitCode;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (Store.SqliteStore.Refusal(e) is { } refusal)
        {
            Report(env, refusal.Message, refusal.Hint);
            return refusal.ExitCode;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (Store.StoreFault.From(e, Store.SqliteStore.LastOpened) is { } fault)
        {
            Report(env, fault.Message, fault.Hint);
            return fault.ExitCode;
        }
        catch (Exception e)
        {
            Report(env, $"internal error: {e.GetType().Name}: {e.Message}", "this is a bug; please report it with the command line");
            if (env.Get("OPS_DEBUG") is not null) env.Error.WriteLine(e);
            return ExitCodes.Internal;
        }
        finally
        {
            env.Out.Flush();
            env.Error.Flush();
        }
    }

    private static void Report(HostEnvironment env, string message, string? hint)
    {
        env.Out.Flush();
        env.Error.WriteLine($"ops: error: {message}");
        if (hint is not null) env.Error.WriteLine($"  hint: {hint}");
    }

    private static string HelpHint(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command.Name);
        names[0] = "ops";
        return string.Join(' ', names) + " --help";
    }
}
