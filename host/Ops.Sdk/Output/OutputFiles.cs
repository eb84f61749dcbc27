using Ops.Sdk.Errors;

namespace Ops.Sdk.Output;

/// <summary>The one way Ops writes a file (exports, reports, documents, mail rules, backups): never over an existing
/// file unless <c>force</c>, never the store, its <c>-wal</c>/<c>-shm</c> or anything in the store's folder (force or not);
/// created 0600 (folders it creates 0700) whatever the umask, written under a temporary name in the target folder and
/// renamed into place only when complete, so an interrupted run leaves no torn file under a final name.</summary>
public sealed class OutputFiles
{
    private const UnixFileMode FileMode600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly string[] _protectedFolders;

    /// <summary>Guards <paramref name="protectedFiles"/> (the store) and the folders they are in.</summary>
    public OutputFiles(IEnumerable<string> protectedFiles) =>
        _protectedFolders = protectedFiles.Select(f => RealPath(Path.GetDirectoryName(Path.GetFullPath(f))!)).Distinct().ToArray();

    /// <summary>Refuses <paramref name="path"/> as a target unless it is new (or <paramref name="force"/>) and away from the
    /// store; returns its full path. Call it before any work, so a refused file costs nothing.</summary>
    public string Check(string path, bool force = false)
    {
        var full = Path.GetFullPath(path);
        var folder = RealPath(Path.GetDirectoryName(full)!);
        if (_protectedFolders.Any(p => Inside(folder, p)))
            throw new InvalidInputException($"{path} is in the store's folder {folder}; Ops never writes there",
                "write to another folder (--force does not change this)");
        if (System.IO.Directory.Exists(full)) throw new ConflictException($"{path} is a folder", "name a file");
        if (!force && (File.Exists(full) || IsLink(full)))
            throw new ConflictException($"{path} already exists", "choose a new name, or add --force to replace it");
        return full;
    }

    /// <summary>Refuses <paramref name="folder"/> if it is (or is inside) the store's folder; creates it 0700 if missing.</summary>
    public string Folder(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (_protectedFolders.Any(p => Inside(RealPath(full), p)))
            throw new InvalidInputException($"{folder} is the store's folder; Ops never writes there", "write to another folder");
        if (!System.IO.Directory.Exists(full))
        {
            var parent = Path.GetDirectoryName(full);
            if (parent is not null && !System.IO.Directory.Exists(parent)) _ = Folder(parent);
            if (OperatingSystem.IsWindows()) System.IO.Directory.CreateDirectory(full);
            else System.IO.Directory.CreateDirectory(full, FolderMode700);
        }
        return full;
    }

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/> (a stream on the temporary file).</summary>
    public string Write(string path, Action<Stream> write, bool force = false) =>
        WriteVia(path, temp =>
        {
            using var stream = new FileStream(temp, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.ReadWrite });
            write(stream);
            stream.Flush(flushToDisk: true);
        }, force);

    /// <summary>Text, UTF-8 without BOM.</summary>
    public string WriteText(string path, string text, bool force = false) =>
        Write(path, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(text)), force);

    /// <summary>Creates an empty private temporary file beside <paramref name="path"/>, lets <paramref name="fill"/> write it by
    /// name (e.g. SQLite's backup), then renames it into place. Returns the full path written.</summary>
    public string WriteVia(string path, Action<string> fill, bool force = false)
    {
        var full = Check(path, force);
        var folder = Folder(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode600;
        try
        {
            using (new FileStream(temp, options)) { }
            fill(temp);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, FileMode600);
            Check(full, force);   // a file that appeared meanwhile is not overwritten either
            File.Move(temp, full, overwrite: force);
        }
        catch (IOException) when (!force && File.Exists(full))
        {
            throw new ConflictException($"{path} already exists", "choose a new name, or add --force to replace it");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return full;
    }

    private static bool Inside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>The path with every symbolic link along it resolved (missing trailing parts kept as given).</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new DirectoryInfo(next);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                next = RealPath(target.FullName);
            current = next;
        }
        return current;
    }
}
