using Ops.Host.App;
using Ops.Host.Config;
using Ops.Host.Store;

namespace Ops.Host.Install;

/// <summary>
/// Plugin files' hashes as last computed (the bundled plugins', and an installed plugin folder's — see TamperCheck), each under the file's stat stamp (device, inode, size, mtime and
/// ctime): a command that loads a bundled plugin reads only the files that changed since. ctime cannot be set by a user
/// (every write, rename, chmod or <c>touch</c> moves it to now), so a rewritten or replaced file has a new stamp and is
/// hashed again. Where it is kept, and whose it must be to be used (it is also writable by nobody else):
/// <list type="bullet">
/// <item>for root and the plugins folder's owner, <c>plugins/.hashes</c>, owned by either of them;</item>
/// <item>for anyone else — the service account of a server, whose program folder is root's — beside the store
/// (<c>STORE.hashes</c>, 0600), owned by that account. It cannot change a file it vouches for: the folder is not
/// its to write, and a file root replaces has a new stamp.</item>
/// </list>
/// Off Linux, and for a PostgreSQL store's service account, there is none: every check hashes.
/// </summary>
internal sealed class HashCache
{
    private const string Header = "ops file-hashes v2";
    private readonly string _root;
    private readonly string _path;
    private readonly int[] _owners;
    private readonly UnixFileMode _mode;
    private readonly Dictionary<string, (string Stamp, string Sha)> _entries = new(StringComparer.Ordinal);
    private bool _changed;

    private HashCache(string root, string path, int[] owners, UnixFileMode mode)
    {
        _root = root;
        _path = path;
        _owners = owners;
        _mode = mode;
        try
        {
            if (!File.Exists(_path) || !Trusted(_path)) return;
            using var reader = new StreamReader(_path);
            if (reader.ReadLine() != Header || reader.ReadLine() != "root " + _root) return;
            while (reader.ReadLine() is { } line)
                if (line.Split(' ', 3) is [var sha, var stamp, var relative]) _entries[relative] = (stamp, sha);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _entries.Clear();
        }
    }

    /// <summary>The cache of the plugins under <paramref name="root"/> for the user running ops (see the class), or
    /// null where there is none.</summary>
    public static HashCache? Open(string root, string? storePath)
    {
        if (FileOwner.Stat(root) is not { } folder) return null;
        var full = Path.GetFullPath(root);
        var uid = (int)Posix.getuid();
        const UnixFileMode readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        if (uid == 0 || uid == folder.Uid) return new HashCache(full, Path.Combine(full, ".hashes"), [0, folder.Uid], readable);
        if (storePath is null || StoreFactory.EngineOf(storePath) != StoreEngine.Sqlite) return null;
        return new HashCache(full, Path.GetFullPath(storePath) + ".hashes", [uid], UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

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
            options.UnixCreateMode = _mode;
            using (var writer = new StreamWriter(new FileStream(temp, options)))
            {
                writer.Write(Header + "\n");
                writer.Write("root " + _root + "\n");
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
        return FileOwner.UidOf(path) is { } owner && _owners.Contains(owner);
    }
}
