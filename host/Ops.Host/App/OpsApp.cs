using System.CommandLine;
using System.Globalization;
using Ops.Sdk.Errors;

namespace Ops.Host.App;

/// <summary>Runs one <c>ops</c> command line and turns every failure into a message and an exit code.</summary>
internal static class OpsApp
{
    public static int Run(string[] args, HostEnvironment env)
    {
        // One language per run: System.CommandLine's own texts (help headings, parse errors) follow the UI culture,
        // and everything else Ops prints is English.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var global = GlobalArgs.Scan(args);
            using var session = new OpsSession(env, global);
            var root = CommandTree.Build(session);
            // "@handle" is a messenger handle here, not a response file.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            session.CommandLine = Audit.CommandLineRedaction.Redact(parse);
            if (OpsHelp.Asked(parse)) return OpsHelp.Show(parse, env);
            if (parse.Errors.Count > 0 || parse.UnmatchedTokens.Count > 0) return ParseErrors.Report(parse, env.Error);
            if (parse.Action is System.CommandLine.Help.HelpAction) return OpsHelp.Show(parse, env);   // a group named alone
            FileFormatOptions.Apply(parse, session, env);
            if (session.Plugins.Requested is { } plugin)
                session.Plugins.Activate(plugin);   // its migrations and its prerequisites' providers, before its code runs
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
        catch (Exception e) when (StoreError(e) is { } fault)   // in a method of its own: help never loads SQLite
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
            if (env.Get("OPS_DIAG_ASSEMBLIES") is not null) ListLoadedAssemblies(env.Error);
            CultureInfo.CurrentUICulture = culture;
            env.Out.Flush();
            env.Error.Flush();
        }
    }

    /// <summary>A SQLite error as the clear message it deserves (a refused statement, a store fault), or null.</summary>
    private static OpsException? StoreError(Exception e) => e is Microsoft.Data.Sqlite.SqliteException sqlite
        ? Store.SqliteStore.Refusal(sqlite) ?? Store.StoreFault.From(sqlite, Store.SqliteStore.LastOpened)
        : null;

    /// <summary>What this run loaded, for the start-up test (tests/Ops.EndToEnd.Tests/StartupWorkTests.cs).</summary>
    private static void ListLoadedAssemblies(TextWriter error)
    {
        foreach (var name in System.Runtime.Loader.AssemblyLoadContext.All.SelectMany(c => c.Assemblies).Select(a => a.GetName().Name).Distinct().Order())
            error.WriteLine($"ops: diag: loaded {name}");
    }

    private static void Report(HostEnvironment env, string message, string? hint)
    {
        env.Out.Flush();
        env.Error.WriteLine($"ops: error: {message}");
        if (hint is not null) env.Error.WriteLine($"  hint: {hint}");
    }
}
