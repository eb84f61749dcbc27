using Ops.Host.Config;

namespace Ops.Host.Doctor;

/// <summary>Owner and mode of the files a deployment depends on.</summary>
internal static class FileChecks
{
    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>A file or folder that only its owner, the given uid, may read or write.</summary>
    public static DoctorCheck Private(string name, string path, int? ownerUid, string ownerName) =>
        Owned(name, path, ownerUid, ownerName, GroupOrOther, Directory.Exists(path) ? "700" : "600");

    /// <summary>A folder of the given owner that nobody else may change (installed plugins).</summary>
    public static DoctorCheck Unwritable(string name, string path, int? ownerUid, string ownerName) =>
        Owned(name, path, ownerUid, ownerName, UnixFileMode.GroupWrite | UnixFileMode.OtherWrite, "go-w");

    private static DoctorCheck Owned(string name, string path, int? ownerUid, string ownerName, UnixFileMode forbidden, string chmod)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            return DoctorCheck.Fail(name, $"{path} does not exist", "reinstall with deploy/install.sh, or restore: ops db restore FILE");
        var mode = ModeOf(path);
        var owner = FileOwner.UidOf(path);
        if (ownerUid is not null && owner != ownerUid)
            return DoctorCheck.Fail(name, $"{path} is owned by uid {owner}, not by {ownerName} (uid {ownerUid})", $"as root: chown {ownerName} {path}");
        if ((mode & forbidden) != 0)
            return DoctorCheck.Fail(name, $"{path} has mode {Octal(mode)}: others can reach it", $"as root: chmod {chmod} {path}");
        return DoctorCheck.Pass(name, $"{path}: {ownerName}, {Octal(mode)}");
    }

    /// <summary>A root-owned file that nobody else may change (the configuration, the sudoers drop-in, the saved head).</summary>
    public static DoctorCheck RootOwned(string name, string path, UnixFileMode? exactly = null)
    {
        if (!File.Exists(path)) return DoctorCheck.Fail(name, $"{path} does not exist", "reinstall with deploy/install.sh");
        return RootOwnership.Problem(path, exactly) is { } wrong
            ? DoctorCheck.Fail(name, wrong.Problem, wrong.Fix)
            : DoctorCheck.Pass(name, $"{path}: root, {Octal(ModeOf(path))}");
    }

    private static UnixFileMode ModeOf(string path) => OperatingSystem.IsWindows() ? UnixFileMode.None : File.GetUnixFileMode(path);

    public static string Octal(UnixFileMode mode) => RootOwnership.Octal(mode);
}
