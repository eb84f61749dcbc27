using System.CommandLine;
using Ops.Host.App;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Case;

/// <summary><c>ops case verify DIR</c>: whether any file of a pack was changed, removed or added (exit 1 if so). It reads
/// only the folder, never the store, so anyone holding the pack can run it.</summary>
internal static class CaseVerifyCommand
{
    public static Command Create(OpsSession s)
    {
        var dir = new Argument<string>("dir") { Description = "The pack's folder (written by ops case export)" };
        var format = FormatOption.Create();
        var command = new Command("verify", "Check a pack against its SHA256SUMS: names every file changed, missing or added; exit 1 if any") { dir, format };
        command.WithExamples("ops case verify case-volkova");
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            var differences = CasePack.Verify(folder);
            if (differences.Count == 0)
            {
                var count = File.ReadAllLines(Path.Combine(folder, CasePack.Manifest)).Length;
                s.Output.Out.WriteLine($"pack intact: {count} file(s) match {CasePack.Manifest}, nothing added");
                return ExitCodes.Ok;
            }
            s.Output.Rows(differences, [Column.Of<CasePack.Difference>("file", d => d.File), Column.Of<CasePack.Difference>("state", d => d.State)],
                parse.GetValue(format));
            s.Output.Message($"pack CHANGED: {differences.Count} difference(s) from its {CasePack.Manifest}; it is not the pack Ops wrote");
            return ExitCodes.Findings;
        });
        return command;
    }
}
