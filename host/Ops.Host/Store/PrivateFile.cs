namespace Ops.Host.Store;

/// <summary>Creates files that hold the firm's data: new (never overwriting) and readable by their owner only.</summary>
internal static class PrivateFile
{
    public static void Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (new FileStream(path, options)) { }
    }
}
