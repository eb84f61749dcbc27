using Ops.Mail.Model;
using Ops.Sdk;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Mail.Autoreply;

/// <summary>What one person's out-of-office answer needs: her mailbox, who takes over, the text, the first day it answers
/// (the first day without access), the instant that day begins in the firm's time zone, and who counts as a client (the
/// same senders the copy rules match).</summary>
public sealed record AutoreplyModel(MailModel Mail, Mailbox Leaver, Mailbox Successor, DateOnly From, DateTimeOffset Starts, string FirmName)
{
    public string Subject => $"Ваш бухгалтер теперь — {Successor.Name}";

    public string Text =>
        $"Здравствуйте!\n\n{Leaver.Name} больше не работает в {FirmName}. Теперь дела вашей компании ведёт {Successor.Name}: "
        + $"пожалуйста, пишите на {Successor.Email}"
        + (Mail.Policy.SharedAddress.Length > 0 ? $" (копию — на общий адрес {Mail.Policy.SharedAddress})" : "")
        + ".\nЭто письмо отправлено автоматически; ваше письмо на прежний адрес получено фирмой.\n\n"
        + $"С уважением,\n{FirmName}";

    /// <summary>Builds the model, refusing a person who has no leaving date, or a successor who cannot take over.</summary>
    public static AutoreplyModel Build(IOpsContext context, MailModel mail, string login, string successorLogin)
    {
        var leaver = context.Staff.Find(login) ?? throw new NotFoundException($"no staff member '{login}'", "see: ops staff list");
        if (leaver.LeavingDate is not { } from)
            throw new InvalidInputException($"{login} has no leaving date; the answer starts on the first day without access",
                $"record it first: ops staff leave {login} --date YYYY-MM-DD");
        var successor = context.Staff.Find(successorLogin) ?? throw new NotFoundException($"no staff member '{successorLogin}'", "see: ops staff list");
        if (successor.Login == leaver.Login) throw new InvalidInputException("--successor is the person who leaves", "name who takes over her clients");
        if (successor.HasLeft(from) || successor.IsDeparting(context.Today))
            throw new InvalidInputException($"{successorLogin} is leaving too", "name someone who stays");
        return new AutoreplyModel(mail, MailboxOf(leaver, "LOGIN"), MailboxOf(successor, "--successor"), from,
            FirmTime.StartOfDay(from, FirmTime.Zone(context.Firm.TimeZone)),
            context.Firm.Name.Length > 0 ? context.Firm.Name : "нашей фирме");
    }

    private static Mailbox MailboxOf(StaffMember m, string what) =>
        Addresses.Address(m.Email, out var problem) is { } email
            ? new Mailbox(m.Login, m.FullName, email, false)
            : throw new InvalidInputException($"{what} {m.Login} has no usable e-mail ({problem ?? "none"})", $"ops staff update {m.Login} --email …");

    /// <summary>Records that the answer for <paramref name="target"/> was written (inside the caller's transaction).</summary>
    public void Record(IOpsContext context, string target)
    {
        context.Store.Execute("DELETE FROM mail_autoreplies WHERE login = $Login AND target = $Target", new { Login = Leaver.Login, Target = target });
        context.Store.Execute("""
            INSERT INTO mail_autoreplies (login, target, successor, generated_at, generated_by) VALUES ($Login, $Target, $Successor, $At, $By)
            """, new
        {
            Login = Leaver.Login, Target = target, Successor = Successor.Login, By = context.Actor.Login,
            At = context.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public static List<(string Target, string Successor, string At)> Recorded(IStore store, string login) =>
        store.Query("SELECT target, successor, generated_at FROM mail_autoreplies WHERE login = $Login ORDER BY target",
            r => (r.Text("target"), r.Text("successor"), r.Text("generated_at")), new { Login = login }).ToList();
}
