using Microsoft.Data.Sqlite;
using Ops.Sdk.Errors;
using SQLitePCL;

namespace Ops.Host.Store;

/// <summary>A store that cannot be used as it is — damaged, not a database, empty, read-only, full, locked —
/// as a message naming the file, what is wrong and what to do (docs/exit-codes.md).</summary>
internal sealed class StoreFault(int exitCode, string message, string hint) : OpsException(exitCode, message, hint)
{
    public bool IsDamage => ExitCode == ExitCodes.StoreDamaged;

    public static StoreFault Damaged(string path, string what) =>
        new(ExitCodes.StoreDamaged, $"the store {path} {what}",
            $"restore the last good backup: ops db restore FILE (made by ops db backup); do not run ops init over it, that would start an empty store");

    public static StoreFault Empty(string path) =>
        Damaged(path, "is empty (0 bytes): it is not a store any more and is not silently replaced by a new one");

    /// <summary>The fault <paramref name="e"/> stands for, or null when it is not about the store file.</summary>
    public static StoreFault? From(SqliteException e, string? path)
    {
        var file = path ?? "(unknown)";
        return e.SqliteErrorCode switch
        {
            raw.SQLITE_CORRUPT => Damaged(file, "is damaged (SQLite: database disk image is malformed)"),
            raw.SQLITE_NOTADB => Damaged(file, "is not an SQLite database (wrong file, or its first pages are overwritten)"),
            raw.SQLITE_READONLY => new StoreFault(ExitCodes.StoreUnwritable,
                $"the store {file} cannot be written: the file or its filesystem is read-only",
                "make the file and its folder writable by the account that runs ops (or remount the filesystem read-write); nothing was changed"),
            raw.SQLITE_CANTOPEN => new StoreFault(ExitCodes.StoreUnwritable,
                $"the store {file} cannot be opened for writing (read-only file or filesystem, or its folder is not writable)",
                "ops needs to write the store and its -wal and -shm files beside it: make the folder writable by the account that runs ops"),
            raw.SQLITE_FULL => Full(file),
            // On a full filesystem SQLite often fails while sizing its -shm/-wal files, which it reports as an I/O error.
            raw.SQLITE_IOERR when FreeBytes(file) is < LowSpace => Full(file),
            raw.SQLITE_IOERR => new StoreFault(ExitCodes.StoreUnwritable,
                $"the store {file} could not be read or written (an I/O error, SQLite extended code {e.SqliteExtendedErrorCode})",
                "check the disk and free space (dmesg); run ops db check once it is readable again"),
            raw.SQLITE_BUSY or raw.SQLITE_LOCKED => new StoreFault(ExitCodes.Conflict,
                $"the store {file} is locked: another ops (or a program holding it open) is writing",
                "wait a moment and run the command again"),
            _ => null,
        };
    }

    private const long LowSpace = 1 << 20;

    private static StoreFault Full(string file) =>
        new(ExitCodes.StoreUnwritable,
            $"the store {file} cannot be written: the filesystem holding it is full" + (FreeBytes(file) is { } free ? $" ({free} bytes free)" : ""),
            "free space on that filesystem and run the command again; nothing was changed (the transaction was rolled back)");

    /// <summary>Free bytes on the filesystem holding <paramref name="file"/> (the deepest mount containing it), if known.</summary>
    private static long? FreeBytes(string file)
    {
        try
        {
            var full = Path.GetFullPath(file);
            var drive = DriveInfo.GetDrives().Where(d => full.StartsWith(AsFolder(d.RootDirectory.FullName), StringComparison.Ordinal))
                .MaxBy(d => d.RootDirectory.FullName.Length);
            return drive?.AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException) { return null; }
    }

    private static string AsFolder(string root) => root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
}
