using Ops.Mail.Policy;
using Ops.Sdk;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Mail.Model;

/// <summary>Builds the model from the store: the policy, staff mailboxes (ops_staff_v1) and clients
/// (the registry's views when it is enabled). Invalid values become <see cref="Survey.Problems"/>.</summary>
public static class SurveyBuilder
{
    public const string PolicySource = "mail policy";
    public const string StaffSource = "ops_staff_v1";
    public const string ClientSource = "client registry";

    public static Survey Build(IOpsContext context)
    {
        var policy = PolicyStore.Load(context);
        var problems = new List<InputError>();
        var gaps = new List<Gap>();
        var today = context.Today;

        string Checked(string value, string key, string fix, bool required)
        {
            if (value.Length == 0)
            {
                if (required) problems.Add(new InputError(PolicySource, 0, key, "is not set", fix));
                return "";
            }
            var normal = Addresses.Address(value, out var problem);
            if (problem is not null) problems.Add(new InputError(PolicySource, 0, key, problem, fix));
            return normal ?? "";
        }
        var archive = Checked(policy.Archive, "archive", "ops mail policy set --archive archive@your-firm.ru", required: true);
        var shared = Checked(policy.SharedAddress, "shared_address", "ops mail policy set --shared-address office@your-firm.ru",
            required: policy.Notice.Contains("{shared}", StringComparison.Ordinal) || policy.LeavingContact.Length == 0 && policy.LeavingNotice.Contains("{contact}", StringComparison.Ordinal));
        var leavingContact = Checked(policy.LeavingContact, "leaving_contact", "ops mail policy set --leaving-contact office@your-firm.ru", false);
        policy = policy with { Archive = archive, SharedAddress = shared, LeavingContact = leavingContact };

        string firmDomain;
        if (context.Firm.Domain.Length > 0)
        {
            firmDomain = Addresses.Domain(context.Firm.Domain, out var domainProblem) ?? "";
            if (domainProblem is not null) problems.Add(new InputError("firm profile", 0, "domain", domainProblem, "ops firm set --domain your-firm.ru"));
        }
        else firmDomain = archive.Length > 0 ? archive[(archive.IndexOf('@') + 1)..] : "";
        if (firmDomain.Length == 0 && archive.Length == 0 && context.Firm.Domain.Length == 0)
            problems.Add(new InputError("firm profile", 0, "domain", "is not known", "ops firm set --domain your-firm.ru"));

        var freeMail = new List<string>();
        foreach (var d in policy.FreeMailDomains)
        {
            if (Addresses.Domain(d, out var problem) is { } n) freeMail.Add(n);
            else problems.Add(new InputError(PolicySource, 0, "free_mail_domains", problem!, "ops mail policy set --free-mail-domains gmail.com,mail.ru,…"));
        }

        var (covered, leaving, excluded) = Staff(context, policy, firmDomain, archive, today, problems, gaps);

        var mode = context.Plugins.IsEnabled("clients") ? ClientsMode.Registry : ClientsMode.AllExternal;
        var domains = new SortedSet<string>(StringComparer.Ordinal);
        var emails = new SortedSet<string>(StringComparer.Ordinal);
        var domainClient = new Dictionary<string, long>(StringComparer.Ordinal);
        var embedded = new SortedSet<long>();
        int hidden = 0;
        string reason = "";
        if (mode == ClientsMode.Registry)
        {
            (var clients, hidden, reason) = Model.ClientSource.Load(context);
            foreach (var c in clients)
            {
                var fix = $"correct client {c.Id} ({c.Name}) in the client registry";
                foreach (var raw in c.Domains)
                {
                    var d = Addresses.Domain(raw, out var problem);
                    if (d is null) { problems.Add(new InputError(ClientSource, 0, $"client {c.Id} domain", problem!, fix)); continue; }
                    if (freeMail.Any(f => Addresses.IsWithin(d, f)) || firmDomain.Length > 0 && Addresses.IsWithin(d, firmDomain))
                    {
                        gaps.Add(new Gap("domain-not-covered", d, "client:" + c.Id,
                            $"client {c.Id} ({c.Name}) lists a personal/free-mail or the firm's own domain; only its contact addresses are matched",
                            $"ops clients show {c.Id}"));
                        continue;
                    }
                    domains.Add(d);
                    embedded.Add(c.Id);
                    domainClient.TryAdd(d, c.Id);
                }
                foreach (var raw in c.Emails)
                {
                    var a = Addresses.Address(raw, out var problem);
                    if (a is null) problems.Add(new InputError(ClientSource, 0, $"client {c.Id} e-mail", problem!, fix));
                    else { emails.Add(a); embedded.Add(c.Id); }
                }
            }
        }
        // An address whose domain is already matched adds nothing.
        var addresses = emails.Where(a => !domains.Contains(a[(a.IndexOf('@') + 1)..])).ToList();

        var version = context.Plugins.VersionOf("mail") ?? typeof(SurveyBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var model = new MailModel(version, policy, firmDomain, mode, covered, leaving, excluded, [.. domains], addresses, freeMail);
        return new Survey(model, gaps, problems, hidden, reason, domainClient, [.. embedded]);
    }

    private static (List<Mailbox> Covered, List<Mailbox> Leaving, List<Mailbox> Excluded) Staff(IOpsContext context, MailPolicy policy, string firmDomain,
        string archive, DateOnly today, List<InputError> problems, List<Gap> gaps)
    {
        var covered = new List<Mailbox>();
        var leaving = new List<Mailbox>();
        var excluded = new List<Mailbox>();
        foreach (var m in context.Staff.All())
        {
            var record = "staff:" + m.Login;
            if (m.Email.Length == 0)
            {
                if (!m.HasLeft(today))
                    gaps.Add(new Gap("no-mailbox", m.Login, record, $"{m.FullName} has no e-mail in the staff directory",
                        $"ops staff update {m.Login} --email {m.Login}@{(firmDomain.Length > 0 ? firmDomain : "your-firm.ru")}"));
                continue;
            }
            var email = Addresses.Address(m.Email, out var problem);
            if (email is null)
            {
                problems.Add(new InputError(StaffSource, 0, $"{m.Login} email", problem!, $"ops staff update {m.Login} --email …"));
                continue;
            }
            var domain = email[(email.IndexOf('@') + 1)..];
            if (firmDomain.Length > 0 && !Addresses.IsWithin(domain, firmDomain))
            {
                if (!m.HasLeft(today))
                    gaps.Add(new Gap("no-mailbox", m.Login, record, $"{m.FullName} uses {email}, not a mailbox in {firmDomain}",
                        $"ops staff update {m.Login} --email {m.Login}@{firmDomain}"));
                continue;
            }
            if (email == archive) continue;
            if (policy.Exceptions.Contains(m.Login))
            {
                gaps.Add(new Gap("not-covered", m.Login, record, $"{email} is an exception in the mail policy", $"ops mail policy set --include {m.Login}"));
                excluded.Add(new Mailbox(m.Login, m.FullName, email, false));
                continue;
            }
            var isLeaving = m.IsDeparting(today) || m.HasLeft(today);
            if (isLeaving && policy.LeavingCopyAll)
            {
                leaving.Add(new Mailbox(m.Login, m.FullName, email, true));
                gaps.Add(new Gap("leaving", m.Login, record,
                    m.HasLeft(today) ? $"{m.FullName} has left; all mail of {email} is copied" : $"{m.FullName} has given notice (last working day {m.LastWorkingDay?.ToIso() ?? "?"}); all mail of {email} is copied",
                    null));
                continue;
            }
            if (m.HasLeft(today)) continue;
            if (!policy.CoversAllRoles && !policy.CoverRoles.Contains(m.Role))
            {
                gaps.Add(new Gap("not-covered", m.Login, record, $"role {m.Role} is not covered by the mail policy",
                    $"ops mail policy set --cover {string.Join(',', policy.CoverRoles.Append(m.Role).Order(StringComparer.Ordinal))}"));
                excluded.Add(new Mailbox(m.Login, m.FullName, email, false));
                continue;
            }
            if (!policy.CopyIncoming && !policy.CopyOutgoing)
            {
                gaps.Add(new Gap("not-covered", m.Login, record, "the mail policy copies neither incoming nor outgoing client mail",
                    "ops mail policy set --copy-incoming yes --copy-outgoing yes"));
            }
            covered.Add(new Mailbox(m.Login, m.FullName, email, isLeaving));
        }
        static List<Mailbox> Sorted(List<Mailbox> list) => list.OrderBy(m => m.Email, StringComparer.Ordinal).ToList();
        return (Sorted(covered), Sorted(leaving), Sorted(excluded));
    }
}
