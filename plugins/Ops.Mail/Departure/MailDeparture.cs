using Ops.Mail.Autoreply;
using Ops.Mail.Model;
using Ops.Mail.Policy;
using Ops.Sdk;
using Ops.Sdk.Departure;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Mail.Departure;

/// <summary>The mail plugin's part of a departure. From the notice date: every generated target copies all her mail
/// (judged from what the last <c>ops mail generate</c> of each target embedded). After the last day: her mailbox answers
/// clients (<c>ops mail autoreply</c>). For the evidence pack: the coverage of her mailbox, target by target.</summary>
internal static class MailDeparture
{
    private sealed record CoverageRow(string Target, string GeneratedAt, bool MailboxInRules, string Meaning);

    public static IEnumerable<DepartureStep> Steps(IOpsContext context, DepartingPerson person)
    {
        var email = Email(context, person.Login);
        if (email is null)
        {
            yield return new DepartureStep("mail.copy", "Copy all her mail to the archive from the notice date", StepState.NotApplicable,
                person.NoticeDate ?? person.LastWorkingDay, null, "she has no corporate mailbox in the staff directory");
            yield break;
        }
        var policy = PolicyStore.Load(context);
        var generations = Generations.Load(context.Store);
        var missing = generations.Where(g => !g.Mailboxes.Contains(email)).Select(g => g.Target).ToList();
        var copied = policy.LeavingCopyAll && generations.Count > 0 && missing.Count == 0;
        yield return new DepartureStep("mail.copy", "Copy all her mail to the archive from the notice date", copied ? StepState.Done : StepState.Pending,
            person.NoticeDate ?? context.Today, copied ? null : "ops mail generate --target all --out DIR --force (then deploy)",
            !policy.LeavingCopyAll ? "the mail policy copies only client mail of leaving staff: ops mail policy set --leaving-copy-all yes"
            : generations.Count == 0 ? "no rules have been generated yet"
            : missing.Count > 0 ? $"{email} is not in the last generated rules for {string.Join(", ", missing)}"
            : $"{email} is in the rules of {string.Join(", ", generations.Select(g => $"{g.Target} ({g.GeneratedAt})"))}");

        var answers = AutoreplyModel.Recorded(context.Store, person.Login);
        yield return new DepartureStep("mail.autoreply", "After her last day, her mailbox tells clients who serves them now",
            answers.Count > 0 ? StepState.Done : StepState.Pending, person.LastWorkingDay,
            answers.Count > 0 ? null : $"ops mail autoreply {person.Login} --successor LOGIN --target all --out DIR (then deploy)",
            answers.Count > 0 ? string.Join(", ", answers.Select(a => $"{a.Target}: write to {a.Successor} ({a.At})")) : "no answer written yet");
    }

    public static IEnumerable<EvidenceFile> Evidence(IOpsContext context, DepartingPerson person)
    {
        if (!context.Access.Decide(Commands.Permissions.Policy).Allowed)
        {
            yield return EvidenceFile.Text("mail.coverage.txt", "Охват почты: не включён (нет права mail.policy)",
                $"The mail coverage of {person.Login}'s mailbox was left out: you do not hold mail.policy.\n");
            yield break;
        }
        var email = Email(context, person.Login) ?? "";
        var policy = PolicyStore.Load(context);
        var rows = Generations.Load(context.Store).Select(g => new CoverageRow(g.Target, g.GeneratedAt, g.Mailboxes.Contains(email),
                g.Mailboxes.Contains(email) ? (policy.LeavingCopyAll ? "rules name her mailbox: all her mail is copied while she is leaving, client mail before"
                    : "rules name her mailbox: client mail is copied") : "her mailbox is not in these rules"))
            .Concat(AutoreplyModel.Recorded(context.Store, person.Login).Select(a =>
                new CoverageRow("autoreply:" + a.Target, a.At, true, $"out-of-office answer: clients told to write to {a.Successor}")))
            .ToList();
        yield return EvidenceFile.Rows("mail.coverage.csv",
            $"Охват почтового ящика {(email.Length > 0 ? email : "(нет)")}: какие правила сервера копируют её почту в архив и отвечают клиентам",
            rows,
            [
                Column.Of<CoverageRow>("target", r => r.Target), Column.Of<CoverageRow>("generated_at", r => r.GeneratedAt),
                Column.Of<CoverageRow>("mailbox_in_rules", r => r.MailboxInRules), Column.Of<CoverageRow>("meaning", r => r.Meaning),
            ], OutputFormat.Csv);
    }

    private static string? Email(IOpsContext context, string login) =>
        context.Staff.Find(login) is { Email.Length: > 0 } m ? Addresses.Address(m.Email, out _) : null;
}
