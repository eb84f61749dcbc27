using System.CommandLine;
using Ops.Host.App;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Access;

/// <summary>The <c>--role R | --person LOGIN</c> pair of grant and revoke, resolved to a subject.</summary>
internal sealed class GrantTarget
{
    public Option<string> Role { get; } = Args.Text("--role", "Grant to everyone in this role", "ROLE");
    public Option<string> Person { get; } = Args.Text("--person", "Grant to one person", "LOGIN");
    public Argument<string> Permission { get; } = new("permission") { Description = "The permission, e.g. clients.contacts (see: ops access permissions)" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Permission);
        command.Options.Add(Role);
        command.Options.Add(Person);
    }

    public (string Subject, string Permission) Resolve(ParseResult parse, OpsSession s)
    {
        var role = parse.GetValue(Role);
        var person = parse.GetValue(Person);
        if ((role is null) == (person is null)) throw new UsageException("give exactly one of --role or --person");
        var permission = parse.GetValue(Permission)!;
        if (PermissionRegistry.All(s).All(p => p.Id != permission))
            throw new InvalidInputException($"permission '{permission}' is not declared by the host or any installed plugin",
                "see: ops access permissions");
        if (role is not null && s.Store.Scalar<long>("SELECT count(*) FROM ops_roles WHERE name = $R", new { R = role }) == 0)
            throw new NotFoundException($"role '{role}' does not exist", "see: ops access roles");
        if (person is not null && s.Staff.Find(person) is null)
            throw new NotFoundException($"no staff member '{person}'", "see: ops staff list");
        return (role is not null ? "role:" + role : "person:" + person, permission);
    }
}
