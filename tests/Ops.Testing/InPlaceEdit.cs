namespace Ops.Testing;

/// <summary>Changes a file the way someone hiding the change would: its size kept and its mtime put back to the
/// nanosecond (<c>touch -r</c>), so only the inode's ctime — which no user can set — still tells.</summary>
public static class InPlaceEdit
{
    /// <summary>Flips the last byte of <paramref name="path"/> (an assembly's padding: still loadable) and restores its mtime.</summary>
    public static void FlipLastByteKeepingMtime(string path)
    {
        var reference = path + ".mtime-reference";
        File.WriteAllText(reference, "");
        try
        {
            Touch("-r", path, reference);
            var bytes = File.ReadAllBytes(path);
            bytes[^1] ^= 0x01;
            File.WriteAllBytes(path, bytes);
            Touch("-r", reference, path);
            if (File.GetLastWriteTimeUtc(reference) != File.GetLastWriteTimeUtc(path))
                throw new InvalidOperationException($"touch -r did not restore the mtime of {path}");
        }
        finally { File.Delete(reference); }
    }

    private static void Touch(params string[] args)
    {
        using var touch = System.Diagnostics.Process.Start("touch", args);
        touch.WaitForExit();
        if (touch.ExitCode != 0) throw new InvalidOperationException($"touch {string.Join(' ', args)} exited {touch.ExitCode}");
    }
}
