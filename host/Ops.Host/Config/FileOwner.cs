using System.Runtime.InteropServices;

namespace Ops.Host.Config;

/// <summary>The owner uid of a file, from libc's <c>stat</c>: .NET has the mode but not the owner.
/// The uid's offset in <c>struct stat</c> is fixed per architecture by the Linux ABI.</summary>
internal static class FileOwner
{
    public static int? UidOf(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 28,
            Architecture.Arm64 => 24,
            _ => -1,
        };
        if (offset < 0) return null;
        var buffer = Marshal.AllocHGlobal(256);
        try
        {
            return stat(path, buffer) == 0 ? Marshal.ReadInt32(buffer, offset) : null;
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int stat(string path, IntPtr buffer);
}
