using System.Security.Cryptography;

namespace Ops.Host.Install;

/// <summary>SHA-256 of every file under a plugin folder, keyed by its relative path with '/' separators.</summary>
internal static class FileHashes
{
    /// <summary>The hashes of the files under <paramref name="directory"/>; with a <paramref name="cache"/>, only the
    /// files changed since it last saw them are read.</summary>
    public static Dictionary<string, string> Of(string directory, HashCache? cache = null)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            hashes[relative] = cache is null ? Sha256(file) : cache.Hash(file, Sha256);
        }
        cache?.Save();
        return hashes;
    }

    /// <summary>The hash of one file; with a <paramref name="cache"/> (whose root holds the file), read only when changed.</summary>
    public static string OfFile(string file, HashCache? cache)
    {
        if (cache is null) return Sha256(file);
        var sha = cache.Hash(file, Sha256);
        cache.Save();
        return sha;
    }

    private static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>What differs between the recorded and the current hashes, each list in path order, or null when nothing
    /// does. Loops over the keys, not LINQ over the pairs: every plugin command runs this (docs/architecture.md, step 2).</summary>
    public static string? Difference(IReadOnlyDictionary<string, string> recorded, IReadOnlyDictionary<string, string> current)
    {
        List<string> changed = [], missing = [], added = [];
        foreach (var path in recorded.Keys)
            if (!current.TryGetValue(path, out var sha)) missing.Add(path);
            else if (sha != recorded[path]) changed.Add(path);
        foreach (var path in current.Keys)
            if (!recorded.ContainsKey(path)) added.Add(path);
        var parts = new List<string>();
        if (changed.Count > 0) parts.Add("changed: " + Listed(changed));
        if (added.Count > 0) parts.Add("added: " + Listed(added));
        if (missing.Count > 0) parts.Add("missing: " + Listed(missing));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Listed(List<string> paths)
    {
        paths.Sort(StringComparer.Ordinal);
        return string.Join(", ", paths);
    }
}
