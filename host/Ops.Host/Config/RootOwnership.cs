namespace Ops.Host.Config;

/// <summary>The one check that a file or folder is owned by root and changeable by root only: the configuration
/// and its folder (refused at start-up; the configuration also reported by <c>ops doctor</c>) and the sudoers drop-in (doctor).</summary>
internal static class RootOwnership
{
    /// <summary>What is wrong with <paramref name="path"/> and the command that fixes it, or null when it is sound.</summary>
    public static (string Problem, string Fix)? Problem(string path, UnixFileMode? exactly = null)
    {
        if (OperatingSystem.IsWindows()) return null;
        var mode = File.GetUnixFileMode(path);
        var owner = FileOwner.UidOf(path);
        if (owner != 0) return ($"{path} is owned by uid {owner}, not root", $"as root: chown root:root {path}");
        if (exactly is { } want && mode != want) return ($"{path} has mode {Octal(mode)}, not {Octal(want)}", $"as root: chmod {Octal(want)} {path}");
        if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            return ($"{path} has mode {Octal(mode)}: others can change it", $"as root: chmod go-w {path}");
        return null;
    }

    public static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
