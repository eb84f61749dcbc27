using System.CommandLine;
using Ops.Mail.Model;
using Ops.Mail.Policy;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;
using Ops.Sdk.Cli;

namespace Ops.Mail.Commands;

internal static class PolicySetCommand
{
    private const int MaxText = 2000;

    public static Command Create(IOpsContext context)
    {
        Option<string> Text(string name, string help, string helpName = "VALUE") => new(name) { Description = help, HelpName = helpName };
        var archive = Text("--archive", "Archive (supervisor) mailbox that receives the copies", "ADDRESS");
        var copyIn = Text("--copy-incoming", "Copy client mail received by covered staff", "yes|no");
        var copyOut = Text("--copy-outgoing", "Copy mail covered staff send to clients", "yes|no");
        var cover = Text("--cover", "Which staff the rules cover: all, or roles separated by commas", "all|ROLE,…");
        var exclude = new Option<string[]>("--exclude") { Description = "Make a staff login an exception (repeatable)", HelpName = "LOGIN", AllowMultipleArgumentsPerToken = false };
        var include = new Option<string[]>("--include") { Description = "Remove a staff login from the exceptions (repeatable)", HelpName = "LOGIN" };
        var shared = Text("--shared-address", "The corporate address clients must write to", "ADDRESS");
        var subject = Text("--notice-subject", "Subject of the notice sent to clients", "TEXT");
        var notice = Text("--notice", "Notice for a client who wrote to an individual mailbox; {shared} = the shared address", "TEXT");
        var freeMail = Text("--free-mail-domains", "Personal/free-mail domains, separated by commas (replaces the list)", "DOMAIN,…");
        var freeAction = Text("--free-mail-action", "What to do with staff mail to those domains where the server can: off, flag (copy) or block", "off|flag|block");
        var leavingCopy = Text("--leaving-copy-all", "Copy all mail of staff who gave notice or left", "yes|no");
        var leavingNotice = Text("--leaving-notice", "Notice for clients of a leaving employee; {name}, {contact}, {shared}", "TEXT");
        var leavingContact = Text("--leaving-contact", "Address the leaving notice points to (default: the shared address)", "ADDRESS");
        var deployment = Text("--deployment", "Which targets run together: standalone (each alone) or dovecot+postfix (Sieve copies incoming mail, Postfix outgoing, so each message is copied once)", "standalone|dovecot+postfix");
        var command = new Command("set", "Change the mail policy (validated; only the options given change)")
        {
            deployment, archive, copyIn, copyOut, cover, exclude, include, shared, subject, notice, freeMail, freeAction, leavingCopy, leavingNotice, leavingContact,
        };
        command.WithExamples("ops mail policy set --archive archive@balans.example --shared-address office@balans.example --cover all", "ops mail policy set --free-mail-domains mail.ru,yandex.ru,gmail.com --free-mail-action flag", "ops mail policy set --deployment dovecot+postfix");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Policy);
            var current = PolicyStore.Load(context);
            var changes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var errors = new List<string>();
            void Take(Option<string> option, string key, Func<string, string?> check, Func<string, string>? normal = null)
            {
                if (parse.GetValue(option) is not { } raw) return;
                var value = raw.Trim();
                if (check(value) is { } problem) errors.Add($"{option.Name}: {problem}");
                else changes[key] = normal is null ? value : normal(value);
            }
            Take(archive, "archive", Address, v => Addresses.Address(v, out _)!);
            Take(shared, "shared_address", Address, v => Addresses.Address(v, out _)!);
            Take(leavingContact, "leaving_contact", v => v.Length == 0 ? null : Address(v), v => v.Length == 0 ? "" : Addresses.Address(v, out _)!);
            Take(copyIn, "copy_incoming", YesNo, v => v.ToLowerInvariant());
            Take(copyOut, "copy_outgoing", YesNo, v => v.ToLowerInvariant());
            Take(leavingCopy, "leaving_copy_all", YesNo, v => v.ToLowerInvariant());
            Take(freeAction, "free_mail_action", v => v.ToLowerInvariant() is "off" or "flag" or "block" ? null : $"'{v}' is not off, flag or block", v => v.ToLowerInvariant());
            Take(deployment, "deployment", v => MailPolicy.ParseDeployment(v) is null ? $"'{v}' is not standalone or dovecot+postfix" : null,
                v => MailPolicy.DeploymentName(MailPolicy.ParseDeployment(v)!.Value));
            Take(subject, "notice_subject", v => TextProblem(v, multiline: false));
            Take(notice, "notice", v => TextProblem(v, multiline: true), Lf);
            Take(leavingNotice, "leaving_notice", v => TextProblem(v, multiline: true), Lf);
            Take(freeMail, "free_mail_domains", Domains, v => string.Join(',', PolicyStore.List(v.ToLowerInvariant())));
            Take(cover, "cover_roles", v => Roles(context, v), v => v.Equals("all", StringComparison.OrdinalIgnoreCase) ? "*" : string.Join(',', PolicyStore.List(v)));

            var exceptions = new SortedSet<string>(current.Exceptions, StringComparer.Ordinal);
            foreach (var login in parse.GetValue(exclude) ?? [])
            {
                if (context.Staff.Find(login) is null) errors.Add($"--exclude: no staff member '{login}' (see: ops staff list)");
                else exceptions.Add(login);
            }
            foreach (var login in parse.GetValue(include) ?? []) exceptions.Remove(login);
            if (!exceptions.SetEquals(current.Exceptions)) changes["exceptions"] = string.Join(',', exceptions);

            if (errors.Count > 0)
                throw new InvalidInputException("the mail policy was not changed:\n  " + string.Join("\n  ", errors));
            if (changes.Count == 0 && parse.GetValue(exclude) is null && parse.GetValue(include) is null)
                throw new UsageException("nothing to change", "give at least one option, e.g. --archive archive@your-firm.ru; see: ops mail policy set --help");
            if (changes.Count == 0) { context.Output.Message("The mail policy already says that; nothing changed."); return ExitCodes.Ok; }
            var revision = context.Store.Write(() =>
            {
                var r = PolicyStore.Save(context.Store, changes);
                context.Audit.Record("mail.policy.set", ["mail-policy"], details: string.Join(", ", changes.Keys));
                return r;
            });
            context.Output.Message($"Mail policy revision {revision}: changed {string.Join(", ", changes.Keys)}. Regenerate the rules: ops mail generate --target all --out DIR");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Address(string v) => v.Length == 0 ? "must not be empty" : Ops.Sdk.Validation.MailAddress.AddressProblem(v);

    private static string? YesNo(string v) => v.ToLowerInvariant() is "yes" or "no" ? null : $"'{v}' is not yes or no";

    private static string Lf(string v) => v.Replace("\r\n", "\n").Replace('\r', '\n');

    private static string? TextProblem(string v, bool multiline)
    {
        if (v.Length > MaxText) return $"is {v.Length} characters; keep it under {MaxText}";
        if (v.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            return multiline ? "contains control characters other than line breaks and tabs" : "must be one line without control characters";
        return null;
    }

    private static string? Domains(string v)
    {
        var problems = PolicyStore.List(v).Select(Ops.Sdk.Validation.MailAddress.DomainProblem).OfType<string>().ToList();
        return problems.Count > 0 ? string.Join("; ", problems) : null;
    }

    private static string? Roles(IOpsContext context, string v)
    {
        if (v.Equals("all", StringComparison.OrdinalIgnoreCase)) return null;
        var roles = PolicyStore.List(v);
        if (roles.Count == 0) return "name at least one role, or all";
        var known = context.Store.Query("SELECT DISTINCT role FROM ops_staff_v1", r => r.Text("role"))
            .Concat(context.Store.Query("SELECT DISTINCT subject FROM ops_grants_v1 WHERE subject LIKE 'role:%'", r => r.Text("subject")[5..]))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = roles.Where(r => !known.Contains(r)).ToList();
        return unknown.Count > 0 ? $"unknown role(s) {string.Join(", ", unknown)} (see: ops access roles)" : null;
    }
}
