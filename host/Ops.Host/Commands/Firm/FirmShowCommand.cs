using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Firm;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Firm;

internal static class FirmShowCommand
{
    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var command = new Command("show", "Show the firm profile") { format };
        command.WithExamples("ops firm show", "ops firm show --format json");
        command.SetAction(parse =>
        {
            _ = s.Actor;
            var f = FirmStore.Load(s.Store);
            s.Output.Record(
            [
                new("name", f.Name), new("inn", f.Inn), new("ogrn", f.Ogrn), new("address", f.Address), new("director", f.Director),
                new("domain", f.Domain), new("shared_mailbox", f.SharedMailbox), new("archive_mailbox", f.ArchiveMailbox),
                new("time_zone", FirmStore.TimeZoneId(s.Store)),
                new("full_name", f.FullName), new("legal_form", f.LegalForm), new("location", f.Location),
                new("director_position", f.DirectorPosition), new("director_position_genitive", f.DirectorPositionGenitive),
                new("director_genitive", f.DirectorGenitive), new("director_basis", f.DirectorBasis),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
