using System.CommandLine;
using Ops.Host.App;

namespace Ops.Host.Commands;

/// <summary>The host's top-level commands. Only the one being run is built in full; the others are
/// stubs with their one-line help, which is all the root's help needs (start-up stays small).</summary>
internal static class HostCommands
{
    private sealed record Entry(string Name, string Description, Func<OpsSession, Command[]> Children);

    private static readonly Entry[] Groups =
    [
        new("init", "Create the store (mode 0600) and make you, the OS user running this, its first admin", _ => []),
        new("doctor", DoctorCommand.Description, _ => []),
        new("risk", "How exposed is the client base, and what to fix first: a scored report of every enabled plugin's checks", _ => []),
        new("firm", "The firm profile: name, INN, OGRN, address, director, mail domain and mailboxes",
            s => [Firm.FirmShowCommand.Create(s), Firm.FirmSetCommand.Create(s)]),
        new("staff", "The staff directory: who works here, in which role and team, who is leaving",
            s => [Staff.StaffAddCommand.Create(s), Staff.StaffListCommand.Create(s), Staff.StaffShowCommand.Create(s),
                Staff.StaffUpdateCommand.Create(s), Staff.StaffLeaveCommand.Create(s), Staff.StaffOffboardCommand.Create(s)]),
        new("access", "Roles, grants and why someone may or may not do something",
            s => [Access.AccessRolesCommand.Create(s), Access.AccessGrantsCommand.Create(s), Access.AccessPermissionsCommand.Create(s),
                Access.AccessGrantCommand.Create(s), Access.AccessRevokeCommand.Create(s), Access.AccessExplainCommand.Create(s)]),
        new("audit", "The hash-chained audit log", s => [Audit.AuditListCommand.Create(s), Audit.AuditVerifyCommand.Create(s), Audit.AuditHeadCommand.Create(s)]),
        new("plugins", "Installed plugins and which are enabled for this firm",
            s => [Plugins.PluginsListCommand.Create(s), Plugins.PluginsInfoCommand.Create(s),
                Plugins.PluginsEnableCommand.Create(s), Plugins.PluginsDisableCommand.Create(s),
                Plugins.PluginsInstallCommand.Create(s), Plugins.PluginsUpgradeCommand.Create(s),
                Plugins.PluginsRemoveCommand.Create(s), Plugins.PluginsVerifyCommand.Create(s)]),
        new("calendar", "The production calendar: working days, days off, holidays, shortened and moved days, per year",
            s => [Calendar.CalendarShowCommand.Create(s), Calendar.CalendarImportCommand.Create(s)]),
        new("case", "Evidence pack about a departing person, for a lawyer: export it, verify it was not changed",
            s => [Case.CaseExportCommand.Create(s), Case.CaseVerifyCommand.Create(s)]),
        new(CompletionCommand.Name, CompletionCommand.Description, _ => []),
        new("db", "The store: schema status, migrations, backup and restore, integrity",
            s => [Db.DbStatusCommand.Create(s), Db.DbMigrateCommand.Create(s), Db.DbBackupCommand.Create(s), Db.DbRestoreCommand.Create(s), Db.DbCopyCommand.Create(s),
                Db.DbCheckCommand.Create(s)]),
    ];

    /// <summary>The names plugins may not take.</summary>
    public static IEnumerable<string> Names => Groups.Select(g => g.Name);

    /// <summary>The host's commands: the requested one in full (or all of them, for a completion script), stubs for the rest.</summary>
    public static IEnumerable<Command> Create(OpsSession s, bool everything = false)
    {
        foreach (var g in Groups)
        {
            if (g.Name != s.Args.Command && !everything) { yield return new Command(g.Name, g.Description); continue; }
            yield return g.Name switch
            {
                "init" => InitCommand.Create(s),
                "risk" => RiskCommand.Create(s),
                "doctor" => DoctorCommand.Create(s),
                CompletionCommand.Name => CompletionCommand.Create(),
                _ => Group(g.Name, g.Description, g.Children(s)),
            };
        }
    }

    private static Command Group(string name, string description, Command[] children)
    {
        var group = new Command(name, description);
        foreach (var child in children) group.Subcommands.Add(child);
        return group;
    }
}
