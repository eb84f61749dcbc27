using System.CommandLine;
using Ops.Host.Staff;
using Ops.Sdk.Cli;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Host.Commands.Staff;

/// <summary>The options <c>staff add</c> and <c>staff update</c> share, and their validation.</summary>
internal sealed class StaffOptions
{
    public Option<string> Name { get; } = Args.Text("--name", "Full name").CarriesClientData();   // personal data: redacted in the audit
    public Option<string> Role { get; } = Args.Text("--role", "Role (see: ops access roles)", "ROLE");
    public Option<string> Email { get; } = Args.Text("--email", "Corporate e-mail", "ADDRESS").CarriesClientData();
    public Option<string> Team { get; } = Args.Text("--team", "Team name", "TEAM");
    public Option<string> Manager { get; } = Args.Text("--manager", "The manager's staff login", "LOGIN");
    public Option<string> OsLogin { get; } = Args.Text("--os-login", "The OS login this person runs ops as (default: the staff login)", "USER");
    public Option<string> HireDate { get; } = Args.Date("--hire-date", "Hire date");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Name, Role, Email, Team, Manager, OsLogin, HireDate }) command.Options.Add(option);
    }

    /// <summary>The given values, validated, as column → value.</summary>
    public Dictionary<string, object?> Values(ParseResult parse, IStore store)
    {
        var values = new Dictionary<string, object?>();
        if (parse.GetValue(Name) is { } name) { StaffRules.ValidateName(name); values["full_name"] = name; }
        if (parse.GetValue(Role) is { } role)
        {
            if (store.Scalar<long>("SELECT count(*) FROM ops_roles WHERE name = $Role", new { Role = role }) == 0)
                throw new InvalidInputException($"role '{role}' does not exist", "see: ops access roles");
            values["role"] = role;
        }
        if (parse.GetValue(Email) is { } email) { if (email.Length > 0) StaffRules.ValidateEmail(email); values["email"] = email; }
        if (parse.GetValue(Team) is { } team) values["team"] = team;
        if (parse.GetValue(Manager) is { } manager)
        {
            if (manager.Length > 0 && store.Scalar<long>("SELECT count(*) FROM ops_staff WHERE login = $M", new { M = manager }) == 0)
                throw new InvalidInputException($"manager '{manager}' is not in the staff directory", "add the manager first");
            values["manager"] = manager.Length > 0 ? manager : null;
        }
        if (parse.GetValue(OsLogin) is { } os) values["os_login"] = os;
        if (parse.GetValue(HireDate) is { } hire) values["hire_date"] = Args.ParseDate(hire, "--hire-date");
        return values;
    }
}
