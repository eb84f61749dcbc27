using System.Diagnostics;
using Npgsql;
using Ops.Sdk.Errors;

namespace Ops.Host.Store.Postgres;

/// <summary>Backs a PostgreSQL store up with the server's own tool: <c>pg_dump --format=custom</c> of the store's
/// schema (restored with <c>pg_restore</c>, docs/scale.md). The connection goes to it in libpq's environment
/// variables, the password only through the passfile the setting names, never on the command line.</summary>
internal static class PgDump
{
    public const string Tool = "pg_dump";

    public static void Write(PostgresTarget target, string file)
    {
        var tool = OnPath(Tool) ?? throw new UnavailableException(
            $"ops db backup on a PostgreSQL store runs {Tool}, and it is not on PATH",
            "install the server's client tools (apt-get install postgresql-client, the server's major version or newer), " +
            "or back up with pg_dump/base backups as docs/scale.md describes");
        var b = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--format=custom", "--no-password", $"--file={file}" }) start.ArgumentList.Add(arg);
        if (b.SearchPath is { Length: > 0 } path) start.ArgumentList.Add($"--schema={path.Split(',')[0].Trim()}");
        start.Environment["PGHOST"] = b.Host;
        start.Environment["PGPORT"] = b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = b.Username;
        start.Environment["PGDATABASE"] = b.Database;
        start.Environment["PGSSLMODE"] = b.SslMode switch
        {
            SslMode.Disable => "disable", SslMode.Allow => "allow", SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca", SslMode.VerifyFull => "verify-full", _ => "prefer",
        };
        if (b.Passfile is { Length: > 0 } passfile) start.Environment["PGPASSFILE"] = passfile;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new UnavailableException($"{Tool} could not back up {target.Describe} (exit {process.ExitCode}): {errors.Result.Trim()}",
                "pg_dump must be the server's major version or newer and reach the server as the store's login role");
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
