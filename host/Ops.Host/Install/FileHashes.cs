using System.Security.Cryptography;

namespace Ops.Host.Install;

/// <summary>SHA-256 of every file under a plugin folder, keyed by its relative path with '/' separators.</summary>
internal static class FileHashes
{
    /// <summary>The hashes of the files under <paramref name="directory"/>; with a <paramref name="cache"/>, only the
    /// files changed since it last saw them are read.</summary>
    public static SortedDictionary<string, string> Of(string directory, HashCache? cache = null)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
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

    /// <summary>What differs between the recorded and the current hashes, or null when nothing does.</summary>
    public static string? Difference(IReadOnlyDictionary<string, string> recorded, IReadOnlyDictionary<string, string> current)
    {
        var changed = recorded.Where(r => current.TryGetValue(r.Key, out var h) && h != r.Value).Select(r => r.Key).ToList();
        var missing = recorded.Keys.Where(k => !current.ContainsKey(k)).ToList();
        var added = current.Keys.Where(k => !recorded.ContainsKey(k)).ToList();
        var parts = new List<string>();
        if (changed.Count > 0) parts.Add("changed: " + string.Join(", ", changed));
        if (added.Count > 0) parts.Add("added: " + string.Join(", ", added));
        if (missing.Count > 0) parts.Add("missing: " + string.Join(", ", missing));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
