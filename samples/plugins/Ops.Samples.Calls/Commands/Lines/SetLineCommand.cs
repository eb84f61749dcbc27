using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Commands.Lines;

internal static class SetLineCommand
{
    public static Command Create(IOpsContext ops)
    {
        var line = new Argument<string>("line") { Description = "A registered line" };
        var login = new Option<string?>("--login") { Description = "The staff member who uses the line ('-' for nobody)" };
        var kind = OpsOptions.OneOf("--kind", "extension or trunk", "extension", "trunk");
        var recorded = new Option<string?>("--recorded") { Description = "yes or no" };
        var corporate = new Option<string?>("--corporate") { Description = "yes or no" };
        var note = new Option<string?>("--note") { Description = "Free text ('-' to clear)" };
        note.CarriesClientData();
        var command = new Command("set", "Change a registered line") { line, login, kind, recorded, corporate, note };
        command.WithExamples("ops calls lines set 101 --login ivanova", "ops calls lines set 105 --corporate no --note \"личный мобильный\"");
        command.SetAction(parse =>
        {
            ops.Access.Demand(Permissions.Lines);
            var name = LineOptions.Name(parse.GetValue(line));
            var changes = new List<string>();
            var args = new Dictionary<string, object?> { ["Name"] = name };
            if (parse.GetValue(login) is { } l) { changes.Add("login = $Login"); args["Login"] = l.Trim() == "-" ? null : LineOptions.Login(ops, l); }
            if (parse.GetValue(kind) is { } k) { changes.Add("kind = $Kind"); args["Kind"] = LineOptions.Kind(k); }
            if (parse.GetValue(recorded) is { } r) { changes.Add("recorded = $Recorded"); args["Recorded"] = LineOptions.YesNo("--recorded", r) ? 1 : 0; }
            if (parse.GetValue(corporate) is { } c) { changes.Add("corporate = $Corporate"); args["Corporate"] = LineOptions.YesNo("--corporate", c) ? 1 : 0; }
            if (parse.GetValue(note) is { } n) { changes.Add("note = $Note"); args["Note"] = n.Trim() == "-" ? null : n; }
            if (changes.Count == 0) throw new UsageException("nothing to change", "pass --login, --kind, --recorded, --corporate or --note");
            ops.Store.Write(() =>
            {
                LineOptions.Find(ops, name);
                ops.Store.Execute($"UPDATE calls_lines SET {string.Join(", ", changes)} WHERE line = $Name", args);
                ops.Audit.Record("calls.lines.set", ["line:" + name], details: string.Join(", ", changes.Select(x => x.Split(' ')[0])));
            });
            ops.Output.Message($"Line {name} changed.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
