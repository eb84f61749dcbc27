using System.CommandLine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Samples.Calls.Commands.Lines;

internal static class RemoveLineCommand
{
    public static Command Create(IOpsContext ops)
    {
        var line = new Argument<string>("line") { Description = "A registered line" };
        var command = new Command("remove", "Forget a line (its calls stay; they count as on an unknown line)") { line };
        command.WithExamples("ops calls lines remove 105");
        command.SetAction(parse =>
        {
            ops.Access.Demand(Permissions.Lines);
            var name = LineOptions.Name(parse.GetValue(line));
            ops.Store.Write(() =>
            {
                LineOptions.Find(ops, name);
                ops.Store.Execute("DELETE FROM calls_lines WHERE line = $Name", new { Name = name });
                ops.Audit.Record("calls.lines.remove", ["line:" + name]);
            });
            ops.Output.Message($"Line {name} removed.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
