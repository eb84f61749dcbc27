using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Host.Staff;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Access;

internal static class AccessExplainCommand
{
    /// <summary>What the command uses: access decisions, the staff directory, the permissions known, output, and the
    /// plugin runtime to ask a permission's owner about a record (activated explicitly, never through a context).</summary>
    private sealed record Uses(AccessControl Access, Func<string> ActorLogin, StaffDirectory Staff, IOutput Output,
        Func<IReadOnlyList<PermissionRegistry.Known>> Permissions, PluginRuntime Plugins);

    public static Command Create(OpsSession s) =>
        Create(new Uses(s.Access, () => s.Actor.Login, s.Staff, s.Output, () => PermissionRegistry.All(s), s.Plugins));

    private static Command Create(Uses s)
    {
        var login = Args.Login("Whose access to explain");
        var permission = new Argument<string>("permission") { Description = "The permission, e.g. clients.contacts" };
        var record = new Argument<string?>("record")
        {
            Description = "Optionally one record, e.g. client:42 or staff:ivanova: does the granted scope reach it, and why",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = FormatOption.Create();
        var command = new Command("explain", "Say why a person may or may not use a permission — on one record, if given — and with which scope")
        {
            login, permission, record, format,
        };
        command.WithExamples("ops access explain volkova clients.contacts", "ops access explain volkova clients.view client:42   # does her scope reach this client, and why");
        command.SetAction(parse =>
        {
            var who = parse.GetValue(login)!;
            if (who != s.ActorLogin()) s.Access.Demand(HostPermissions.AccessManage);
            s.Plugins.ActivateProvidersOf(parse.GetValue(permission)!);
            var decision = s.Access.DecideFor(who, parse.GetValue(permission)!);
            var fields = new List<KeyValuePair<string, object?>>
            {
                new("person", who), new("permission", decision.Permission), new("allowed", decision.Allowed),
                new("scope", decision.Scope?.Text()), new("reason", decision.Reason),
            };
            var allowed = decision.Allowed;
            if (parse.GetValue(record) is { } target)
            {
                var reach = decision.Scope is { } scope
                    ? RecordReachFor(s, who, decision.Permission, scope, target)
                    : new RecordReach(false, "no scope is granted, so no record is reached");
                fields.AddRange([new("record", target), new("record_reached", reach.Reaches), new("record_reason", reach.Reason)]);
                allowed &= reach.Reaches;
            }
            s.Output.Record(fields, parse.GetValue(format));
            return allowed ? 0 : ExitCodes.Denied;
        });
        return command;
    }

    /// <summary>Asks the plugin that declares the permission (or the host, for its own) whether the scope reaches the record.</summary>
    private static RecordReach RecordReachFor(Uses s, string login, string permission, Scope scope, string record)
    {
        var owner = s.Permissions().First(p => p.Id == permission).Owner;
        if (owner == "ops") return HostRecordReach(s.Staff, login, scope, record);
        var plugin = s.Plugins.Activate(owner, $"explain {record} for {permission}, which it declares");
        return plugin.Plugin.ExplainRecord(plugin.Context, login, scope, record)
               ?? throw new InvalidInputException($"plugin '{owner}' does not know record '{record}'", "name a record of its kind, e.g. client:42");
    }

    private static RecordReach HostRecordReach(StaffDirectory staff, string login, Scope scope, string record)
    {
        if (!record.StartsWith("staff:", StringComparison.Ordinal))
            throw new InvalidInputException($"the host's permissions apply to staff records, not '{record}'", "e.g. staff:ivanova");
        var target = staff.Find(record["staff:".Length..]) ?? throw new NotFoundException($"no staff member for '{record}'");
        var actor = staff.Find(login)!;
        var reaches = PersonScope.Reaches(scope, new Ops.Sdk.Actor(actor.Login, actor.Login, actor.Role, actor.Team), target);
        return new RecordReach(reaches, scope switch
        {
            Scope.All => "scope all reaches everyone",
            Scope.Team => reaches ? $"{target.Login} is {login} or in the same team '{actor.Team}'" : $"{target.Login} is not in {login}'s team '{actor.Team}'",
            _ => reaches ? "it is the person's own record" : $"scope {scope.Text()} reaches only {login}'s own record",
        });
    }
}
