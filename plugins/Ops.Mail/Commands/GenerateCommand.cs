using System.CommandLine;
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
        var target = new Option<string>("--target", "-t") { Description = "sieve, postfix, exchange, gmail or all (all: one sub-folder each)", Required = true, HelpName = "TARGET" };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the files to (created if missing)", Required = true, HelpName = "DIR" };
        var format = FormatOption.Create();
        var command = new Command("generate", "Generate the mail-server rules from the policy, staff and clients") { target, output, format };
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Generate);
            var targets = Targets.Targets.Resolve(parse.GetValue(target)!);
            var survey = Rendering.Survey(context);
            var rendered = Rendering.Render(targets, survey.Model, parse.GetValue(output)!).ToList();
            var rows = new List<(string Target, string File, long Bytes, string Sha)>();
            context.Store.Write(() =>
            {
                foreach (var (t, dir, files) in rendered)
                {
                    Generations.Record(context, t.Name, survey.Model);
                    AtomicWriter.Write(dir, files, t.OwnedFolders);
                    rows.AddRange(files.Select(f =>
                    {
                        var bytes = AtomicWriter.Utf8.GetBytes(f.Content);
                        return (t.Name, Path.Combine(dir, f.Name), (long)bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
                    }));
                }
                context.Audit.Record("mail.generate", survey.EmbeddedClients.Select(id => "client:" + id),
                    details: $"targets {string.Join(",", targets.Select(t => t.Name))} to {parse.GetValue(output)}; {survey.Model.Provenance}");
            });
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
