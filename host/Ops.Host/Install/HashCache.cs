using Ops.Host.Config;

namespace Ops.Host.Install;

/// <summary>
/// The bundled plugins' file hashes as last computed, in <c>plugins/.hashes</c> beside ops, each under the file's stat
/// stamp (device, inode, size, mtime and ctime): a command that loads a bundled plugin reads only the files that changed
/// since. ctime cannot be set by a user (every write, rename, chmod or <c>touch</c> moves it to now), so a rewritten or
/// replaced file has a new stamp and is hashed again. The cache is used only when it is owned by root or by the owner
/// of the plugins folder and writable by nobody else; it is written only by them. Off Linux there is none.
/// </summary>
internal sealed class HashCache
{
    private const string Header = "ops file-hashes v1";
    private readonly string _root;
    private readonly string _path;
    private readonly Dictionary<string, (string Stamp, string Sha)> _entries = new(StringComparer.Ordinal);
    private bool _changed;

    private HashCache(string root)
    {
        _root = Path.GetFullPath(root);
        _path = Path.Combine(_root, ".hashes");
        try
        {
            if (!File.Exists(_path) || !Trusted(_path)) return;
            using var reader = new StreamReader(_path);
            if (reader.ReadLine() != Header) return;
            while (reader.ReadLine() is { } line)
                if (line.Split(' ', 3) is [var sha, var stamp, var relative]) _entries[relative] = (stamp, sha);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _entries.Clear();
        }
    }

    /// <summary>The cache of the plugins under <paramref name="root"/>, or null where files have no stat stamps.</summary>
    public static HashCache? Open(string root) => FileOwner.Stat(root) is null ? null : new HashCache(root);

    /// <summary>The file's SHA-256: the cached one when its stamp is unchanged, else computed (and cached when the
    /// file did not change while it was read).</summary>
    public string Hash(string file, Func<string, string> compute)
    {
        var relative = Path.GetRelativePath(_root, file);
        var before = FileOwner.Stat(file)?.Key;
        if (before is not null && _entries.TryGetValue(relative, out var cached) && cached.Stamp == before) return cached.Sha;
        var sha = compute(file);
        if (before is not null && FileOwner.Stat(file)?.Key == before)
        {
            _entries[relative] = (before, sha);
            _changed = true;
        }
        return sha;
    }

    /// <summary>Writes the cache back (temp file and rename) when something was hashed and this user may keep it.</summary>
    public void Save()
    {
        if (!_changed || !OperatingSystem.IsLinux()) return;
        _changed = false;
        var temp = _path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            using (var writer = new StreamWriter(new FileStream(temp, options)))
            {
                writer.Write(Header + "\n");
                foreach (var (relative, (stamp, sha)) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                    if (File.Exists(Path.Combine(_root, relative))) writer.Write($"{sha} {stamp} {relative}\n");
            }
            if (Trusted(temp)) File.Move(temp, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not ours to write (ops installed by root, run by a user): every run hashes, as without a cache.
        }
        finally
        {
            try { File.Delete(temp); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* left for the owner */ }
        }
    }

    private bool Trusted(string path)
    {
        if (!OperatingSystem.IsLinux()) return false;
        if ((File.GetUnixFileMode(path) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0) return false;
        return FileOwner.UidOf(path) is { } owner && (owner == 0 || owner == FileOwner.UidOf(_root));
    }
}
