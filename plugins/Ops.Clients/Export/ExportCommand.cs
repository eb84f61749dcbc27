using System.CommandLine;
using Ops.Sdk.Cli;
using System.Text;
using Ops.Clients.Access;
using Ops.Clients.Commands;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Clients.Export;

internal static class ExportCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = OpsOptions.OneOf("--format", "csv (default), json or text (one client a line)", "csv", "json", "text");
        var output = OpsOptions.Out("Write to this file instead of stdout").WithHiddenAliases("--output");
        var status = OpsOptions.OneOf("--status", "active, paused, left or any (default: all but left)", "active", "paused", "left", "any");
        var key = new Option<bool>("--key") { Description = "Key clients only" };
        var force = OpsOptions.Force("Replace the --out file if it exists (never the store or a file beside it)");
        var command = new Command("export", "Export the clients you may export; every export is recorded and fingerprinted with canary records")
        {
            format, output, status, key, force,
        };
        command.WithExamples("ops clients export --out clients.csv", "ops clients export --key --format json --out key-clients.json");
        command.SetAction(parse =>
        {
            var exportScope = context.Access.Demand(Permissions.Export);
            var access = new ClientAccess(context);
            access.DemandView();
            var fmt = parse.GetValue(format) ?? "csv";
            var settings = Settings.Load(context);
            if (settings.Domain.Length == 0)
                throw new UnavailableException("no canary domain is set, so exports cannot be fingerprinted",
                    "set one the firm receives mail for: ops clients settings --canary-domain DOMAIN (or ops firm set --domain)");

            var path = parse.GetValue(output);
            if (path is not null) context.Files.Check(path, parse.GetValue(force));   // refused before anything is recorded or written
            var query = new ClientQuery(access);
            query.Where.Add(ClientScope.Predicate(exportScope));
            Filters.Status(query, parse.GetValue(status));
            if (parse.GetValue(key)) query.Where.Add("c.is_key = 1");
            var filter = $"scope {exportScope.Text()}; status {parse.GetValue(status) ?? "not left"}{(parse.GetValue(key) ? "; key only" : "")}";
            var rows = query.Run().ToList();
            var random = new Random();
            var maker = new CanaryMaker(context.Store, settings, random);
            var leads = rows.Select(r => r.Lead).Where(l => l is not null).Distinct().ToList();
            var real = rows.Select(ExportRow.From).ToList();
            var canaries = Enumerable.Range(0, settings.CountFor(rows.Count))
                .Select(_ => maker.Next(real.Count == 0 ? null : real[random.Next(real.Count)])).ToList();
            if (settings.OwnDomain)
                context.Output.Message($"warning: no separate canary domain is set, so canary e-mails are on the firm's own domain {settings.Domain}, " +
                    "which anyone reading the file can spot. hint: ops clients settings --canary-domain DOMAIN (a domain the firm receives mail for, that looks like a client's)");

            var lines = real
                .Concat(canaries.Select(c => ExportRow.From(c, leads.Count == 0 ? null : leads[random.Next(leads.Count)])))
                .OrderBy(_ => random.Next()).ToList();

            var exportId = context.Store.Write(() =>
            {
                var now = context.Clock.GetUtcNow();
                context.Store.Execute("""
                    INSERT INTO clients_exports (at, actor, real_actor, filter, format, row_count) VALUES ($At, $Actor, $Real, $Filter, $Format, $Rows)
                    """, new { At = now, Actor = context.Actor.Login, Real = context.Actor.RealLogin, Filter = filter, Format = fmt, Rows = rows.Count });
                var id = context.Store.Scalar<long>("SELECT max(id) FROM clients_exports");
                foreach (var r in rows)
                    context.Store.Execute("INSERT INTO clients_export_rows (export_id, client_id) VALUES ($Export, $Client)", new { Export = id, Client = r.Id });
                foreach (var c in canaries)
                    context.Store.Execute("""
                        INSERT INTO clients_export_canaries (export_id, name, inn, person, email, phone) VALUES ($Export, $Name, $Inn, $Person, $Email, $Phone)
                        """, new { Export = id, c.Name, c.Inn, c.Person, c.Email, c.Phone });
                context.Audit.Record("clients.export", rows.Select(r => "client:" + r.Id).Prepend("export:" + id), details: $"export {id}: {filter}; {fmt}");
                var visible = rows.Where(r => r.ContactsVisible && r.Contacts.Count > 0).Select(r => "client:" + r.Id).ToList();
                if (visible.Count > 0) context.Audit.Record("clients.contacts.view", visible, details: $"export {id}");
                return id;
            });

            void Write(IOutput target)
            {
                if (fmt == "text")
                    foreach (var line in lines) target.Out.WriteLine(line.Text());
                else target.Rows(lines, ExportRow.Columns, fmt == "json" ? OutputFormat.Json : OutputFormat.Csv);
                target.Out.Flush();
            }
            if (path is null) Write(context.Output);
            else context.Files.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                Write(new TextOutput(writer, context.Output.Error));
            }, parse.GetValue(force));
            var masked = rows.Count(r => !r.ContactsVisible && r.Contacts.Count > 0);
            if (masked > 0) context.Output.Message(access.MaskNote(masked));
            context.Output.Message($"Export {exportId}: {rows.Count} client(s){(path is null ? "" : " to " + path)}. It is recorded and fingerprinted; a leaked copy can be traced with: ops clients trace FILE");
            return ExitCodes.Ok;
        });
        return command;
    }
}
