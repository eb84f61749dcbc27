using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Mail.Files;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Mail.Commands;

internal static class CheckCommand
{
    private sealed record Row(string Target, string File, string State);

    public static Command Create(IOpsContext context)
    {
        var target = Targets.Targets.Option();
        var dir = OpsOptions.Out("The folder `mail generate --out` wrote to and the rules were deployed from", "DIR").WithHiddenAliases("--dir", "-d");
        var format = FormatOption.Create();
        dir.Required = true;
        var command = new Command("check", "Compare deployed files with what would be generated now; exit 1 on drift (for cron)") { target, dir, format };
        command.WithExamples("ops mail check --target all --out mail");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Generate);
            var targets = Targets.Targets.Resolve(parse.GetValue(target)!);
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder)) throw new NotFoundException($"no folder '{folder}'", "give the folder the rules were generated to with --out");
            var survey = Rendering.Survey(context);
            var rows = new List<Row>();
            foreach (var (t, d, files) in Rendering.Render(targets, survey.Model, folder))
            {
                foreach (var f in files)
                {
                    var path = Path.Combine(d, f.Name);
                    var state = !File.Exists(path) ? "missing"
                        : File.ReadAllBytes(path).AsSpan().SequenceEqual(AtomicWriter.Utf8.GetBytes(f.Content)) ? "same" : "changed";
                    rows.Add(new Row(t.Name, path, state));
                }
                rows.AddRange(AtomicWriter.Stale(d, files, t.OwnedFolders).Select(f => new Row(t.Name, f, "extra")));
            }
            var drift = rows.Count(r => r.State != "same");
            context.Audit.Record("mail.check", survey.EmbeddedClients.Select(id => "client:" + id),
                result: drift == 0 ? "ok" : "drift", details: $"{folder}: {drift} file(s) differ");
            context.Output.Rows(rows, [
                Column.Of<Row>("target", r => r.Target), Column.Of<Row>("file", r => r.File), Column.Of<Row>("state", r => r.State)],
                parse.GetValue(format));
            if (drift == 0) { context.Output.Message("No drift: the deployed files match the policy."); return ExitCodes.Ok; }
            context.Output.Message($"Drift: {drift} file(s) differ from what the policy generates. Regenerate and redeploy: "
                + $"ops mail generate --target {parse.GetValue(target)} --out {folder}");
            return ExitCodes.Findings;
        });
        return command;
    }
}
