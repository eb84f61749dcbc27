using System.Globalization;
using Ops.Sdk.Errors;

namespace Ops.Host.Config;

/// <summary>Reads <c>ops.conf</c>: <c>key = value</c> lines, <c>#</c> comments. The file and its folder must be
/// owned by root and writable by nobody else, or a person could point Ops at a store of her own.</summary>
internal static class ConfigFile
{
    private static readonly string[] Keys =
        ["store", "plugins", "account", "service_login", "sudo_group", "sudoers", "audit_head", "backups", "backup_max_age_hours"];

    /// <summary>The configuration in force, or null on a machine without one (a developer's, the demo, tests).</summary>
    public static OpsConfig? Find(string? named)
    {
        if (named is null && !File.Exists(OpsConfig.DefaultPath)) return null;
        var path = Path.GetFullPath(named ?? OpsConfig.DefaultPath);
        if (!File.Exists(path))
            throw new UnavailableException($"the configuration {path} named by OPS_CONFIG does not exist",
                "reinstall with deploy/install.sh, or unset OPS_CONFIG on a developer's machine");
        EnsureTrusted(path);
        EnsureTrusted(Path.GetDirectoryName(path)!);
        return Parse(path, File.ReadAllLines(path));
    }

    public static OpsConfig Parse(string path, IReadOnlyList<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var eq = line.IndexOf('=');
            var where = $"{path}:{i + 1}";
            if (eq <= 0) throw Invalid(where, $"'{line}' is not 'key = value'");
            var key = line[..eq].Trim();
            var value = line[(eq + 1)..].Trim();
            if (!Keys.Contains(key)) throw Invalid(where, $"unknown setting '{key}' (known: {string.Join(", ", Keys)})");
            if (!values.TryAdd(key, value)) throw Invalid(where, $"'{key}' is set twice");
        }
        string Required(string key) => values.TryGetValue(key, out var v) && v.Length > 0
            ? v : throw Invalid(path, $"'{key}' is not set");
        string? Optional(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        string? OptionalPath(string key) => Optional(key) is { } p ? AbsolutePath(path, key, p) : null;
        var maxAge = Optional("backup_max_age_hours") is { } h
            ? int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours > 0
                ? hours : throw Invalid(path, $"backup_max_age_hours '{h}' is not a positive whole number of hours")
            : 26;
        return new OpsConfig(path, StoreSetting(path, Required("store")), AbsolutePath(path, "plugins", Required("plugins")),
            Required("account"), Optional("service_login"), Optional("sudo_group"), OptionalPath("sudoers"),
            OptionalPath("audit_head"), OptionalPath("backups"), maxAge);
    }

    /// <summary>An SQLite file by absolute path, or a PostgreSQL store (checked now: a password in it is refused).</summary>
    private static string StoreSetting(string config, string value)
    {
        if (Store.StoreFactory.EngineOf(value) == Store.StoreEngine.Sqlite) return AbsolutePath(config, "store", value);
        Store.Postgres.PostgresTarget.Parse(value);
        return value;
    }

    private static string AbsolutePath(string config, string key, string value) =>
        Path.IsPathFullyQualified(value) ? value : throw Invalid(config, $"{key} '{value}' must be an absolute path");

    private static void EnsureTrusted(string path)
    {
        if (RootOwnership.Problem(path) is { } wrong)
            throw new UnavailableException(
                $"{path} must be owned by root and writable by root only (it names the store and who Ops runs as): {wrong.Problem}", wrong.Fix);
    }

    private static InvalidInputException Invalid(string where, string what) =>
        new($"{where}: {what}", "fix the configuration (see docs/deploy.md)");
}
