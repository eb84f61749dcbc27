using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Commands.Lines;

internal static class AddLineCommand
{
    public static Command Create(IOpsContext ops)
    {
        var line = new Argument<string>("line") { Description = "The extension (101) or trunk peer name as the PBX writes it" };
        var login = new Option<string?>("--login") { Description = "The staff member who uses the line" };
        var kind = OpsOptions.OneOf("--kind", "extension (default) or trunk", "extension", "trunk");
        kind.DefaultValueFactory = _ => "extension";
        var recorded = new Option<bool>("--recorded") { Description = "Calls on this line are recorded" };
        var personal = new Option<bool>("--personal") { Description = "Not a corporate line (e.g. an employee's own mobile forwarded through the PBX)" };
        var note = new Option<string?>("--note") { Description = "Free text" };
        note.CarriesClientData();
        var command = new Command("add", "Register a line: whose it is, whether it is corporate and recorded") { line, login, kind, recorded, personal, note };
        command.WithExamples("ops calls lines add 101 --login volkova --recorded", "ops calls lines add mts-trunk --kind trunk --recorded");
        command.SetAction(parse =>
        {
            ops.Access.Demand(Permissions.Lines);
            var name = LineOptions.Name(parse.GetValue(line));
            var kindText = LineOptions.Kind(parse.GetValue(kind)!);
            var person = parse.GetValue(login) is { } l ? LineOptions.Login(ops, l) : null;
            ops.Store.Write(() =>
            {
                if (ops.Store.Scalar<long>("SELECT count(*) FROM calls_lines WHERE line = $Name", new { Name = name }) > 0)
                    throw new ConflictException($"line '{name}' is already registered", $"change it with ops calls lines set {name} …");
                ops.Store.Execute("""
                    INSERT INTO calls_lines (line, kind, login, corporate, recorded, note, added_on)
                    VALUES ($Name, $Kind, $Login, $Corporate, $Recorded, $Note, $On)
                    """,
                    new
                    {
                        Name = name, Kind = kindText, Login = person, Corporate = parse.GetValue(personal) ? 0 : 1,
                        Recorded = parse.GetValue(recorded) ? 1 : 0, Note = parse.GetValue(note), On = ops.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    });
                ops.Audit.Record("calls.lines.add", ["line:" + name]);
            });
            ops.Output.Message($"Line {name} registered.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
