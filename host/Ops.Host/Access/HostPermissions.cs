namespace Ops.Host.Access;

/// <summary>The permissions the host itself declares, with their default grants.</summary>
internal static class HostPermissions
{
    public const string StaffView = "staff.view";
    public const string StaffManage = "staff.manage";
    public const string StaffOffboard = "staff.offboard";
    public const string AccessManage = "access.manage";
    public const string PluginsManage = "plugins.manage";
    public const string FirmManage = "firm.manage";
    public const string DbManage = "db.manage";
    public const string AuditView = "audit.view";
    public const string RiskView = "risk.view";
    public const string CalendarManage = "calendar.manage";
    public const string CaseExport = "case.export";

    public static readonly IReadOnlyList<HostPermission> All =
    [
        new(StaffView, "see the staff directory", [("admin", "all"), ("director", "all"), ("partner", "all"), ("team-lead", "team"), ("accountant", "own")]),
        new(StaffManage, "add, change and mark leaving staff", [("admin", "all"), ("director", "all")]),
        new(StaffOffboard, "see a departing person's plan (ops staff offboard): every step, its state and the command that does it", [("admin", "all"), ("director", "all")]),
        new(AccessManage, "grant and revoke permissions", [("admin", "all")]),
        new(PluginsManage, "enable, disable, install and remove plugins", [("admin", "all")]),
        new(FirmManage, "change the firm profile", [("admin", "all"), ("director", "all")]),
        new(DbManage, "migrate, back up and check the store", [("admin", "all")]),
        new(AuditView, "read the audit log", [("admin", "all"), ("director", "all"), ("team-lead", "team"), ("accountant", "own")]),
        new(RiskView, "run the firm's protection report (ops risk)", [("admin", "all"), ("director", "all"), ("partner", "all")]),
        new(CalendarManage, "load or replace a year of the production calendar (ops calendar import)", [("admin", "all"), ("director", "all")]),
        new(CaseExport, "write the evidence pack about a person (ops case export): her audited actions, grants, documents, mail, leaks", [("director", "all")]),
    ];

    /// <summary>True for a permission the host declares (no plugin may attach a prerequisite to one).</summary>
    public static bool IsHost(string permission) => Ids.Contains(permission);

    private static readonly HashSet<string> Ids = All.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    public static readonly IReadOnlyList<(string Name, string Description)> DefaultRoles =
    [
        ("admin", "runs Ops: staff, access, plugins, the store"),
        ("director", "owns the firm: sees everything"),
        ("partner", "shares in the firm: sees clients and pay"),
        ("team-lead", "leads a team: sees the team's clients"),
        ("accountant", "serves clients: sees the clients assigned"),
    ];
}

/// <summary>A permission the host declares, with its default grants. A class, not a tuple: every run reads this table
/// (docs/architecture.md, step 2).</summary>
internal sealed record HostPermission(string Id, string Description, (string Role, string Scope)[] Defaults);
