using System.CommandLine;
using Ops.Mail.Autoreply;
using Ops.Mail.Files;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Mail.Commands;

/// <summary><c>ops mail autoreply LOGIN --successor LOGIN --target T --out DIR</c>: after her last day, her mailbox tells
/// clients who serves them now and where to write.</summary>
internal static class AutoreplyCommand
{
    public static Command Create(IOpsContext context)
    {
        var login = new Argument<string>("login") { Description = "The person who leaves (or has left)" };
        var successor = new Option<string>("--successor") { Description = "Who takes over her clients (named in the answer)", Required = true, HelpName = "LOGIN" };
        var target = new Option<string>("--target", "-t") { Description = "sieve, postfix, exchange, gmail or all (all: one sub-folder each)", Required = true, HelpName = "TARGET" };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the files to (created if missing)", Required = true, HelpName = "DIR" };
        var force = new Option<bool>("--force") { Description = "Replace files written before; never the store or a file beside it" };
        var command = new Command("autoreply",
            "Write the out-of-office answer of a person who left: clients are told who serves them now and where to write (files are new, 0600)")
        {
            login, successor, target, output, force,
        };
        command.WithExamples("ops mail autoreply volkova --successor orlova --target all --out autoreply");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Generate);
            var name = parse.GetValue(target)!;
            var targets = name == "all" ? AutoreplyFiles.TargetNames
                : AutoreplyFiles.TargetNames.Contains(name) ? [name]
                : throw new UsageException($"unknown target '{name}'", "use --target sieve, postfix, exchange, gmail or all");
            var survey = Rendering.Survey(context);
            var model = AutoreplyModel.Build(context, survey.Model, parse.GetValue(login)!, parse.GetValue(successor)!);
            var dir = parse.GetValue(output)!;
            var rendered = targets.Select(t => (Target: t, Dir: targets.Count > 1 ? Path.Combine(dir, t) : dir, Files: AutoreplyFiles.Render(t, model))).ToList();
            var replace = parse.GetValue(force);
            foreach (var (_, d, files) in rendered) AtomicWriter.Check(context.Files, d, files, replace);
            // Recorded and committed before the first file (the Sieve script embeds client domains) is written.
            context.Store.Write(() =>
            {
                foreach (var (t, _, _) in rendered) model.Record(context, t);
                context.Audit.Record("mail.autoreply", new[] { "staff:" + model.Leaver.Login, "staff:" + model.Successor.Login }
                        .Concat(survey.EmbeddedClients.Select(id => "client:" + id)),
                    details: $"targets {string.Join(",", targets)} to {dir}; from {model.From:yyyy-MM-dd}");
            });
            foreach (var (_, d, files) in rendered)
            {
                AtomicWriter.Write(context.Files, d, files, [], replace);
                foreach (var f in files) context.Output.Out.WriteLine(Path.Combine(d, f.Name));
            }
            context.Output.Message($"Wrote the answer for {model.Leaver.Email} (from {model.From:yyyy-MM-dd}: write to {model.Successor.Email}) for "
                + $"{string.Join(", ", targets)}; see README.txt or docs/mail.md to deploy.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
