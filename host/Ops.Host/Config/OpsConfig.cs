namespace Ops.Host.Config;

/// <summary>A server's configuration (<c>/etc/ops/ops.conf</c>, root-owned): the store, the plugin folder, the
/// service account Ops runs as, and the settings <c>ops doctor</c> checks. Its presence makes this a configured
/// server, where nothing a caller passes can name another store, plugin folder or clock.</summary>
internal sealed record OpsConfig(
    string Path,
    string Store,
    string PluginDirectory,
    string Account,
    string? ServiceLogin,
    string? SudoGroup,
    string? SudoersFile,
    string? AuditHeadFile,
    string? BackupDirectory,
    int BackupMaxAgeHours)
{
    /// <summary>Where the configuration is looked for when <c>OPS_CONFIG</c> does not name one
    /// (the launcher that <c>deploy/install.sh</c> writes always sets it).</summary>
    public const string DefaultPath = "/etc/ops/ops.conf";
}
