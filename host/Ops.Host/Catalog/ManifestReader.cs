using System.Text.Json;
using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace Ops.Host.Catalog;

/// <summary>Reads and validates <c>plugin.json</c>. Never throws: problems become a Malformed entry.</summary>
internal static partial class ManifestReader
{
    public const string FileName = "plugin.json";

    public static PluginEntry Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        PluginManifest manifest;
        try
        {
            manifest = ManifestJson.Parse(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException
                                       or InvalidOperationException or ArgumentException)
        {
            return Malformed(directory, $"{path}: {e.Message}");
        }
        if (manifest.Id.Length == 0) manifest.Id = Path.GetFileName(directory);

        var problems = Problems(manifest, directory).ToList();
        NuGetVersion.TryParse(manifest.Version, out var version);
        var entry = new PluginEntry(directory, manifest) { Version = version };
        if (problems.Count > 0)
        {
            entry.State = PluginState.Malformed;
            entry.Reason = string.Join("; ", problems);
        }
        return entry;
    }

    private static IEnumerable<string> Problems(PluginManifest m, string directory)
    {
        if (!IdPattern().IsMatch(m.Id)) yield return $"id '{m.Id}' must be lower-case letters, digits and '-' (2–32, starting with a letter)";
        if (m.Id is "ops" or "sqlite") yield return $"id '{m.Id}' is reserved for the host (its tables are prefixed {m.Id}_)";
        if (!NuGetVersion.TryParse(m.Version, out _)) yield return $"version '{m.Version}' is not a semantic version";
        if (!VersionRange.TryParse(m.Sdk, out _)) yield return $"sdk range '{m.Sdk}' is not a version range like [1.0.0, 2.0.0)";
        if (m.EntryAssembly.Length == 0) yield return "entryAssembly is missing";
        else if (!IsInside(directory, m.EntryAssembly)) yield return $"entryAssembly '{m.EntryAssembly}' points outside the plugin folder";
        if (m.Commands.Count == 0) yield return "commands is empty: a plugin must add at least one command";
        foreach (var c in m.Commands.Where(c => !CommandNames.IsValid(c.Name)))
            yield return $"command name '{c.Name}' must be lower-case letters, digits and '-'";
        foreach (var c in m.Commands.Where(c => Commands.HostCommands.Names.Contains(c.Name)))
            yield return $"command '{c.Name}' is a host command; a plugin cannot take it";
        foreach (var name in Duplicates(m.Commands.Select(c => c.Name))) yield return $"command '{name}' is declared twice";
        foreach (var name in Duplicates(m.Permissions.Select(p => p.Id))) yield return $"permission '{name}' is declared twice";
        foreach (var name in Duplicates(m.Views.Select(v => v.Name))) yield return $"view '{name}' is declared twice";
        foreach (var name in Duplicates(m.Dependencies.Select(d => d.Id))) yield return $"dependency '{name}' is declared twice";
        foreach (var p in m.Permissions)
        {
            if (!PermissionPattern().IsMatch(p.Id) || !p.Id.StartsWith(m.Id + ".", StringComparison.Ordinal))
                yield return $"permission '{p.Id}' must be in the plugin's own namespace: '{m.Id}.something'";
            foreach (var scope in p.Defaults.Values.Where(s => s is not ("own" or "assigned" or "team" or "all")))
                yield return $"permission '{p.Id}' has default scope '{scope}'; use own, assigned, team or all";
        }
        // A host command decides on host permissions without activating plugins, so none may hold a prerequisite of one.
        foreach (var p in m.Prerequisites.Where(p => !PermissionPattern().IsMatch(p) || Access.HostPermissions.IsHost(p)))
            yield return $"prerequisite '{p}' must name a permission of a plugin, like clients.contacts; a host permission cannot have one";
        foreach (var d in m.Dependencies.Where(d => !VersionRange.TryParse(d.Version, out _)))
            yield return $"dependency '{d.Id}' has version range '{d.Version}' that cannot be read";
        foreach (var v in m.Views.Where(v => !ViewPattern().IsMatch(v.Name)))
            yield return $"view '{v.Name}' must be named <table prefix>_<name>_v<N>";
        foreach (var v in m.Views.Where(v => v.Name.StartsWith("ops_", StringComparison.Ordinal) || v.Name.StartsWith("sqlite_", StringComparison.Ordinal)))
            yield return $"view '{v.Name}' takes a name reserved for the host";
        if (m.Dependencies.Any(d => d.Id == m.Id)) yield return "a plugin cannot depend on itself";
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    private static bool IsInside(string directory, string relative)
    {
        if (Path.IsPathRooted(relative)) return false;
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(directory, relative));
        return full.StartsWith(root, StringComparison.Ordinal);
    }

    private static PluginEntry Malformed(string directory, string reason) =>
        new(directory, new PluginManifest { Id = Path.GetFileName(directory) })
        {
            State = PluginState.Malformed,
            Reason = reason,
        };

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$")]
    private static partial Regex PermissionPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*_v\d+$")]
    private static partial Regex ViewPattern();
}
