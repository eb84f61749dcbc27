using System.Runtime.InteropServices;

namespace Ops.Host.Config;

/// <summary>What libc's <c>stat</c> says of a file and .NET does not: the owner, the inode and the change time
/// (ctime, which no user can set: every write, rename or <c>touch</c> moves it to now). The offsets in
/// <c>struct stat</c> are fixed per architecture by the Linux ABI (x64 and arm64 differ only before the uid).</summary>
internal static class FileOwner
{
    public static int? UidOf(string path) => Stat(path)?.Uid;

    /// <summary>The file's identity and change stamps, or null off Linux, on another architecture, or when stat fails.</summary>
    public static FileStamp? Stat(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var uid = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 28,
            Architecture.Arm64 => 24,
            _ => -1,
        };
        if (uid < 0) return null;
        var buffer = Marshal.AllocHGlobal(256);
        try
        {
            if (stat(path, buffer) != 0) return null;
            long At(int offset) => Marshal.ReadInt64(buffer, offset);
            return new FileStamp(Marshal.ReadInt32(buffer, uid), At(0), At(8), At(48), At(88), At(96), At(104), At(112));
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int stat(string path, IntPtr buffer);
}

/// <summary>A file's owner, device, inode, size, modification and change times (seconds and nanoseconds).</summary>
internal readonly record struct FileStamp(int Uid, long Device, long Inode, long Size, long ModifiedSeconds, long ModifiedNanos, long ChangedSeconds, long ChangedNanos)
{
    /// <summary>Everything but the owner, as one token: two equal keys mean the same file, unchanged since.</summary>
    public string Key => $"{Device}:{Inode}:{Size}:{ModifiedSeconds}.{ModifiedNanos}:{ChangedSeconds}.{ChangedNanos}";
}
