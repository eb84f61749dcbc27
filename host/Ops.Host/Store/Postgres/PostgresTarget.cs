using Npgsql;
using Ops.Sdk.Errors;

namespace Ops.Host.Store.Postgres;

/// <summary>A PostgreSQL store as the setting names it: <c>postgres://USER@HOST:PORT/DATABASE?search_path=SCHEMA</c>
/// or an Npgsql connection string (<c>Host=…;Username=…;Database=…</c>). The password never stands in the setting
/// (it would reach the command line, <c>ps</c> or a world-readable file): it comes from a passfile readable by the
/// service account only — <c>passfile=</c> in the setting, <c>PGPASSFILE</c>, or <c>~/.pgpass</c>.</summary>
internal sealed record PostgresTarget(string ConnectionString, string Describe)
{
    private static readonly Dictionary<string, string> UrlOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["search_path"] = "Search Path", ["passfile"] = "Passfile", ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name", ["timeout"] = "Timeout", ["target_session_attrs"] = "Target Session Attributes",
    };

    public static bool IsPostgres(string setting) =>
        setting.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || setting.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || setting.Contains("Host=", StringComparison.OrdinalIgnoreCase) && setting.Contains('=');

    public static PostgresTarget Parse(string setting)
    {
        var builder = setting.Contains("://", StringComparison.Ordinal) ? FromUrl(setting) : FromKeywords(setting);
        if (!string.IsNullOrEmpty(builder.Password))
            throw new InvalidInputException("the PostgreSQL store setting holds a password",
                "keep the password out of the setting (it would show in ps and the configuration): put it in a passfile " +
                "readable by the service account only (chmod 600) and name it with passfile= or PGPASSFILE (docs/deploy.md)");
        builder.Pooling = true;
        builder.Enlist = false;
        builder.IncludeErrorDetail = false;   // no row values in error messages: they could name a client
        if (string.IsNullOrEmpty(builder.ApplicationName)) builder.ApplicationName = "ops";
        var schema = string.IsNullOrEmpty(builder.SearchPath) ? "" : $" schema {builder.SearchPath}";
        return new PostgresTarget(builder.ConnectionString,
            $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}{schema}");
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string setting)
    {
        try { return new NpgsqlConnectionStringBuilder(setting); }
        catch (ArgumentException e)
        {
            throw new InvalidInputException($"the PostgreSQL store setting is not a connection string Npgsql reads: {e.Message}",
                "write it as postgres://USER@HOST:PORT/DATABASE, or as Host=…;Username=…;Database=…");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string setting)
    {
        if (!Uri.TryCreate(setting, UriKind.Absolute, out var uri) || uri.AbsolutePath.Trim('/').Length == 0)
            throw new InvalidInputException($"'{Redacted(setting)}' is not a PostgreSQL URL with a database",
                "write it as postgres://USER@HOST:PORT/DATABASE (the password goes in a passfile, docs/deploy.md)");
        var user = Uri.UnescapeDataString(uri.UserInfo);
        var password = "";
        if (user.IndexOf(':') is var colon and >= 0) (user, password) = (user[..colon], user[(colon + 1)..]);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
            Username = user.Length > 0 ? user : null,
            Password = password.Length > 0 ? password : null,
        };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=') is var eq and > 0 ? (pair[..eq], Uri.UnescapeDataString(pair[(eq + 1)..])) : (pair, "");
            if (key.Equals("host", StringComparison.OrdinalIgnoreCase)) { builder.Host = value; continue; }   // a unix socket folder
            if (!UrlOptions.TryGetValue(key, out var keyword))
                throw new InvalidInputException($"the PostgreSQL URL option '{key}' is not one Ops passes on",
                    $"use only {string.Join(", ", UrlOptions.Keys.Prepend("host"))}");
            builder[keyword] = value;
        }
        return builder;
    }

    /// <summary>The setting with any password replaced, for messages.</summary>
    public static string Redacted(string setting) =>
        System.Text.RegularExpressions.Regex.Replace(setting, @"(://[^:/@]*):[^@]*@|(?i)(password\s*=\s*)[^;]*", m =>
            m.Groups[1].Success ? m.Groups[1].Value + ":***@" : m.Groups[2].Value + "***");
}
