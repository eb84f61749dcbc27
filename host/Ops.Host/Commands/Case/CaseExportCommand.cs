using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Access;
using Ops.Sdk.Departure;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Case;

/// <summary><c>ops case export LOGIN --out DIR [--leaked FILE]…</c>: the evidence pack about a departing person.</summary>
internal static class CaseExportCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login("The person the pack is about");
        var output = Args.Text("--out", "A new (or empty) folder for the pack; created 0700, files 0600", "DIR");
        output.Required = true;
        var leaked = new Option<string[]>("--leaked") { Description = "A file believed to have leaked (a client list); traced to the export it came from (repeatable)", HelpName = "FILE" };
        var command = new Command("export",
            "Write the evidence pack about a person: her record and dates, grants and their history, every audited action with the " +
            "chain's proof, what each plugin knows (documents signed, mail coverage, the trace of a leaked file); index.html, CSV/JSON, SHA256SUMS")
        {
            login, output, leaked,
        };
        command.WithExamples("ops case export volkova --out case-volkova", "ops case export volkova --out case-volkova --leaked exported-by-volkova-2026-11-24.csv");
        command.SetAction(parse =>
        {
            var scope = s.Access.Demand(HostPermissions.CaseExport);
            s.Plugins.ActivateAllProviders();   // the pack decides on her grants of every permission and on clients.view
            var who = parse.GetValue(login)!;
            var (staff, person) = CasePerson.Find(s, who);
            if (!PersonScope.Reaches(scope, s.Actor, staff))
            {
                s.Audit.Record(HostPermissions.CaseExport, ["staff:" + who], "denied", $"case.export scope {scope.Text()} does not reach {who}");
                throw new AccessDeniedException($"denied: your case.export scope ({scope.Text()}) does not reach {who}",
                    $"ask an admin: ops access explain {s.Actor.Login} case.export");
            }
            var leakedFiles = (parse.GetValue(leaked) ?? []).Select(f => File.Exists(f) ? Path.GetFullPath(f)
                : throw new NotFoundException($"no file '{f}'", "give --leaked the path of the leaked list")).ToList();
            var folder = CasePack.Check(s.Files, parse.GetValue(output)!);

            using var progress = s.Progress("checking events");
            var (hostFiles, proof) = HostEvidence.Build(s, staff, person, progress);
            progress.Phase("gathering plugins' evidence");
            var (pluginFiles, problems) = PluginEvidence.Gather(s, person, new EvidenceRequest(leakedFiles));
            var files = hostFiles.Concat(pluginFiles.Where(f => hostFiles.All(h => h.FileName != f.FileName))).ToList();
            var at = s.Env.Clock.GetUtcNow();
            files.Insert(0, CaseIndex.Render(new CaseIndex.Model(s.HostContext.Firm, staff, person, at, s.Actor, proof, files, problems, leakedFiles)));
            var manifest = CasePack.ManifestText(files);

            // Recorded and committed before the first file, which holds client records, reaches the disk.
            s.Audit.Record(HostPermissions.CaseExport, ["staff:" + who],
                details: $"{files.Count} file(s) to {folder}{string.Concat(leakedFiles.Select(f => "; leaked " + f))}; {CasePack.Manifest} sha256 {CasePack.Sha256(System.Text.Encoding.UTF8.GetBytes(manifest))}");
            progress.Phase("writing", files.Count);
            CasePack.Write(s.Files, folder, files, manifest);
            progress.Dispose();
            s.Output.Out.WriteLine(folder);
            foreach (var p in problems) s.Output.Message("note: " + p);
            s.Output.Message($"Wrote the evidence pack about {staff.FullName} ({who}): {files.Count} file(s) and {CasePack.Manifest}; " +
                $"audit chain {(proof.Intact ? "intact" : "BROKEN")} at event {proof.HeadId}. Open {Path.Combine(folder, CaseIndex.FileName)}; " +
                $"check it later with: ops case verify {folder}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
