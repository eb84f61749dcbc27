using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Doctor;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands;

/// <summary><c>ops doctor</c>: checks the deployment and says what is wrong and how to fix it; exit 1 for cron.</summary>
internal static class DoctorCommand
{
    public const string Description =
        "Check the deployment: owners and modes, the sudoers rule, plugin pins, the audit chain against the saved head, backups, integrity";

    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var command = new Command("doctor", Description) { format };
        command.WithExamples("ops doctor", "ops doctor --format json");
        command.SetAction(parse =>
        {
            var checks = new DeploymentDoctor(s).Run().ToList();
            s.Output.Rows(checks,
            [
                Column.Of<DoctorCheck>("check", c => c.Name),
                Column.Of<DoctorCheck>("ok", c => c.Ok),
                Column.Of<DoctorCheck>("detail", c => c.Detail),
                Column.Of<DoctorCheck>("fix", c => c.Fix),
            ], parse.GetValue(format));
            var failed = checks.Count(c => !c.Ok);
            s.Output.Message(failed == 0 ? $"doctor: all {checks.Count} checks passed" : $"doctor: {failed} of {checks.Count} checks failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}
