using System.CommandLine;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Clients.Commands;

internal static class AddCommand
{
    public static Command Create(IOpsContext context)
    {
        var options = new ClientOptions();
        var command = new Command("add", "Add a client (INN and name required)");
        options.AddTo(command);
        command.WithExamples("ops clients add --name \"ООО «Дельта-Логистик»\" --inn 5099068639 --legal-form ООО --fee 21000 --services 'bookkeeping|vat' --lead volkova", "ops clients add --name \"ИП Сергеев\" --inn 500100732259 --legal-form ИП --tax-regime УСН --employer no --vat no");
        command.SetAction(parse =>
        {
            RequireAll(context, Permissions.Edit, "add clients");
            var fields = options.Read(parse, context);
            if (fields.Inn is null) throw new UsageException("--inn is required");
            if (!fields.Columns.ContainsKey("name")) throw new UsageException("--name is required");
            if (fields.IdentityProblem() is { } idProblem) throw new InvalidInputException($"--{idProblem.Column.Replace('_', '-')}: {idProblem.Problem}", idProblem.Fix);
            if (fields.LeadGiven || fields.BackupGiven) RequireAll(context, Permissions.Assign, "assign on add");
            var id = context.Store.Write(() =>
            {
                if (context.Store.Scalar<long?>("SELECT id FROM clients_clients WHERE inn = $Inn", new { fields.Inn }) is { } existing)
                    throw new ConflictException($"a client with INN {fields.Inn} already exists (id {existing})",
                        $"change it with: ops clients update {existing} …");
                fields.Columns.TryAdd("started_on", context.Today);
                var newId = new ClientWriter(context.Store, context.Today).Insert(fields);
                context.Audit.Record("clients.add", ["client:" + newId]);
                return newId;
            });
            context.Output.Message($"Added client {id}.");
            context.Output.Out.WriteLine(id);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Adding and importing reach beyond any assignment, so they need scope all.</summary>
    public static void RequireAll(IOpsContext context, string permission, string what)
    {
        var decision = context.Access.Decide(permission);
        if (!decision.Allowed) context.Access.Demand(permission);
        if (decision.Covers(Scope.All)) return;
        context.Audit.Record(permission, result: "denied", details: $"{what} needs scope all, held {decision.Scope.Text()}");
        throw new AccessDeniedException($"denied: to {what} you need {permission} with scope all; you hold {decision.Scope.Text()}",
            $"ask an admin: ops access explain {context.Actor.Login} {permission}");
    }
}
