namespace Ops.Sdk.Errors;

/// <summary>The exit codes of <c>ops</c>, documented in docs/exit-codes.md. Scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;
    /// <summary>The command ran and found something that needs attention (a high finding, drift, a broken chain).</summary>
    public const int Findings = 1;
    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
    /// <summary>A named thing (person, client, plugin, file) does not exist.</summary>
    public const int NotFound = 3;
    /// <summary>The actor lacks a permission.</summary>
    public const int Denied = 4;
    /// <summary>Input (a value, a file) is invalid; nothing was written.</summary>
    public const int InvalidInput = 5;
    /// <summary>The change conflicts with what is there (duplicate, version clash).</summary>
    public const int Conflict = 6;
    /// <summary>The store or a plugin cannot be used as it is (missing store, disabled or broken plugin, newer schema).</summary>
    public const int Unavailable = 7;
    /// <summary>The store file is damaged, not a database or empty: restore a backup (<c>ops db restore FILE</c>).</summary>
    public const int StoreDamaged = 8;
    /// <summary>The store cannot be written: a read-only file or filesystem, a full disk, an I/O error.</summary>
    public const int StoreUnwritable = 9;
    /// <summary>A bug in Ops or a plugin.</summary>
    public const int Internal = 70;
}
