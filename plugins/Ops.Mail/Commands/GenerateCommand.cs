using System.CommandLine;
using Ops.Sdk.Cli;
using System.Security.Cryptography;
using Ops.Mail.Files;
using Ops.Mail.Model;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;

namespace Ops.Mail.Commands;

internal static class GenerateCommand
{
    public static Command Create(IOpsContext context)
    {
        var target = Targets.Targets.Option();
        var output = OpsOptions.Out("Folder to write the files to (created if missing)", "DIR").WithHiddenAliases("-o");
        output.Required = true;
        var format = FormatOption.Create();
        var force = OpsOptions.Force("Replace files generated before (and remove stale ones); never the store or a file beside it");
        var command = new Command("generate", "Generate the mail-server rules from the policy, staff and clients (files are new, 0600, written whole)") { target, output, format, force };
        command.WithExamples("ops mail generate --target all --out mail", "ops mail generate --target sieve --out /etc/dovecot/sieve/ops");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Generate);
            var targets = Targets.Targets.Resolve(parse.GetValue(target)!);
            using var progress = context.Progress("reading policy, staff and clients");
            var survey = Rendering.Survey(context);
            var rendered = Rendering.Render(targets, survey.Model, parse.GetValue(output)!).ToList();
            var rows = new List<(string Target, string File, long Bytes, string Sha)>();
            var replace = parse.GetValue(force);
            foreach (var (_, dir, files) in rendered) AtomicWriter.Check(context.Files, dir, files, replace);
            // Recorded and committed before the first file (which embeds client addresses) is written.
            context.Store.Write(() =>
            {
                foreach (var (t, _, _) in rendered) Generations.Record(context, t.Name, survey.Model);
                context.Audit.Record("mail.generate", survey.EmbeddedClients.Select(id => "client:" + id),
                    details: $"targets {string.Join(",", targets.Select(t => t.Name))} to {parse.GetValue(output)}; {survey.Model.Provenance}");
            });
            progress.Phase("writing", rendered.Sum(r => r.Files.Count));
            foreach (var (t, dir, files) in rendered)
            {
                AtomicWriter.Write(context.Files, dir, files, t.OwnedFolders, replace);
                rows.AddRange(files.Select(f =>
                {
                    var bytes = AtomicWriter.Utf8.GetBytes(f.Content);
                    return (t.Name, Path.Combine(dir, f.Name), (long)bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
                }));
                progress.Advance(files.Count);
            }
            progress.Dispose();
            context.Output.Rows(rows, [
                Column.Of<(string Target, string File, long Bytes, string Sha)>("target", r => r.Target),
                Column.Of<(string Target, string File, long Bytes, string Sha)>("file", r => r.File),
                Column.Of<(string Target, string File, long Bytes, string Sha)>("bytes", r => r.Bytes),
                Column.Of<(string Target, string File, long Bytes, string Sha)>("sha256", r => r.Sha),
            ], parse.GetValue(format));
            context.Output.Message($"Generated {rows.Count} file(s) for {string.Join(", ", targets.Select(t => t.Name))}: "
                + $"{survey.Model.Covered.Count} covered and {survey.Model.Leaving.Count} leaving mailbox(es); {survey.Model.Scope}. See docs/mail.md to deploy.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
