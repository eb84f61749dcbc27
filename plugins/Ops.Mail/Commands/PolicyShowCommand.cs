using System.CommandLine;
using Ops.Mail.Policy;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Mail.Commands;

internal static class PolicyShowCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("show", "Show the mail policy (archive and shared address fall back to the firm profile)") { format };
        command.WithExamples("ops mail policy show");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Policy);
            var policy = PolicyStore.Load(context);
            var fields = new List<KeyValuePair<string, object?>> { new("revision", policy.Revision), new("digest", policy.Digest()) };
            fields.AddRange(policy.Fields().Select(f => new KeyValuePair<string, object?>(f.Key, f.Value)));
            fields.Add(new("clients", context.Plugins.IsEnabled("clients") ? "registry" : "all-external"));
            context.Output.Record(fields, parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
