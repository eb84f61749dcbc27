using System.CommandLine;
using Ops.Host.App;

namespace Ops.Host.Commands;

internal static class HostCommands
{
    public static IEnumerable<Command> Create(OpsSession s) =>
    [
        InitCommand.Create(s),
        RiskCommand.Create(s),
        Group("firm", "The firm profile: name, INN, OGRN, address, director, mail domain and mailboxes",
            Firm.FirmShowCommand.Create(s), Firm.FirmSetCommand.Create(s)),
        Group("staff", "The staff directory: who works here, in which role and team, who is leaving",
            Staff.StaffAddCommand.Create(s), Staff.StaffListCommand.Create(s), Staff.StaffShowCommand.Create(s),
            Staff.StaffUpdateCommand.Create(s), Staff.StaffLeaveCommand.Create(s)),
        Group("access", "Roles, grants and why someone may or may not do something",
            Access.AccessRolesCommand.Create(s), Access.AccessGrantsCommand.Create(s), Access.AccessPermissionsCommand.Create(s),
            Access.AccessGrantCommand.Create(s), Access.AccessRevokeCommand.Create(s), Access.AccessExplainCommand.Create(s)),
        Group("audit", "The hash-chained audit log", Audit.AuditListCommand.Create(s), Audit.AuditVerifyCommand.Create(s)),
        Group("plugins", "Installed plugins and which are enabled for this firm",
            Plugins.PluginsListCommand.Create(s), Plugins.PluginsInfoCommand.Create(s),
            Plugins.PluginsEnableCommand.Create(s), Plugins.PluginsDisableCommand.Create(s),
            Plugins.PluginsInstallCommand.Create(s), Plugins.PluginsUpgradeCommand.Create(s),
            Plugins.PluginsRemoveCommand.Create(s), Plugins.PluginsVerifyCommand.Create(s)),
        Group("db", "The store: schema status, migrations, backup, integrity",
            Db.DbStatusCommand.Create(s), Db.DbMigrateCommand.Create(s), Db.DbBackupCommand.Create(s), Db.DbCheckCommand.Create(s)),
    ];

    private static Command Group(string name, string description, params Command[] children)
    {
        var group = new Command(name, description);
        foreach (var child in children) group.Subcommands.Add(child);
        return group;
    }
}
