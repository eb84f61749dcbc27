using System.Text;
using Ops.Mail.Model;
using Ops.Mail.Policy;

namespace Ops.Mail.Targets;

/// <summary>Postfix BCC maps: each key maps to exactly one address (the archive), as Postfix allows one BCC per lookup.
/// sender_bcc copies mail from clients (incoming) and everything a leaving employee sends; recipient_bcc copies
/// mail to clients (outgoing), everything a leaving employee receives, and (flag) mail to free-mail domains.
/// Leaving staff are a regexp table matching their sub-addresses (name+tag@) too; IDN keys come in both forms.
/// With the dovecot+postfix deployment Sieve makes the incoming copies, so Postfix copies outgoing mail only.</summary>
public sealed class PostfixTarget : ITarget
{
    public const string InstallDir = "/etc/postfix/ops-mail";

    public string Name => "postfix";

    public IReadOnlyList<GeneratedFile> Render(MailModel m)
    {
        var p = m.Policy;
        var withSieve = p.Deployment == Deployment.DovecotPostfix;
        var copyIncoming = p.CopyIncoming && !withSieve;
        var sender = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var recipient = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (m.Mode == ClientsMode.Registry)
        {
            if (copyIncoming) AddClients(m, sender);
            if (p.CopyOutgoing) AddClients(m, recipient);
        }
        if (p.FreeMailAction == FreeMailAction.Flag)
            foreach (var d in m.FreeMailDomains.SelectMany(Addresses.DomainForms)) recipient.TryAdd("@" + d, p.Archive);

        var deployment = withSieve
            ? "Deployment dovecot+postfix: incoming client mail is copied by the Sieve scripts, not here, so it is copied once."
            : "Deployment standalone: incoming client mail is copied here; with Dovecot's Sieve too, set --deployment dovecot+postfix.";
        var files = new List<GeneratedFile>
        {
            new("sender_bcc", Map(m, "sender_bcc", "Copies mail FROM these senders to the archive (postmap this file).", deployment, sender)),
            new("recipient_bcc", Map(m, "recipient_bcc", "Copies mail TO these recipients to the archive (postmap this file).", deployment, recipient)),
        };
        var staff = m.Leaving.Count > 0;
        if (staff)
            files.Add(new("staff_bcc.regexp", Header.For(m, "# ", "postfix",
                    ["Leaving staff: all their mail, sub-addresses (name+tag@) included, maps to the archive (regexp table; no postmap needed).",
                     withSieve ? "Used for mail they send only: Sieve copies what they receive." : "Used for mail they send and receive."])
                + string.Concat(m.Leaving.Select(l => StaffPattern(l.Email) + " " + p.Archive + "\n"))));
        var external = m.Mode == ClientsMode.AllExternal && (copyIncoming || p.CopyOutgoing);
        if (external)
            files.Add(new("external_bcc.regexp", Header.For(m, "# ", "postfix", ["Any address outside the firm's domain maps to the archive (regexp table; no postmap needed)."])
                + $"!/@(.+\\.)?({string.Join('|', Addresses.DomainForms(m.FirmDomain).Select(Escape.Regex))})$/ {p.Archive}\n"));
        var block = p.FreeMailAction == FreeMailAction.Block && m.FreeMailDomains.Count > 0;
        if (block)
            files.Add(new("freemail_access", Header.For(m, "# ", "postfix", ["Refuses mail to personal/free-mail domains (check_recipient_access; postmap this file)."])
                + string.Concat(m.FreeMailDomains.Select(d => $"{d} REJECT 5.7.1 Sending to personal mail domains is blocked by firm policy\n"))));
        files.Add(new("main.cf", MainCf(m, external && copyIncoming, external && p.CopyOutgoing, block, staff, staff && !withSieve)));
        files.Add(new("README.txt", Readme(m, block)));
        return files;
    }

    private static void AddClients(MailModel m, SortedDictionary<string, string> map)
    {
        foreach (var d in m.ClientDomains.SelectMany(Addresses.DomainForms)) map.TryAdd("@" + d, m.Policy.Archive);
        foreach (var a in m.ClientAddresses.SelectMany(Addresses.AddressForms)) map.TryAdd(a, m.Policy.Archive);
    }

    /// <summary>A regexp matching the address and its sub-addresses, its domain in each form, case-insensitively.</summary>
    private static string StaffPattern(string email)
    {
        var at = email.LastIndexOf('@');
        var domains = string.Join('|', Addresses.DomainForms(email[(at + 1)..]).Select(Escape.Regex));
        return $"/^{Escape.Regex(email[..at])}(\\+[^@]*)?@({domains})$/";
    }

    private static string Map(MailModel m, string name, string what, string deployment, SortedDictionary<string, string> entries)
    {
        var sb = new StringBuilder(Header.For(m, "# ", "postfix", [$"{name}: {what}", deployment]));
        foreach (var (key, value) in entries) sb.Append(key).Append(' ').Append(value).Append('\n');
        return sb.ToString();
    }

    private static string MainCf(MailModel m, bool externalIn, bool externalOut, bool block, bool staffOut, bool staffIn)
    {
        var sb = new StringBuilder(Header.For(m, "# ", "postfix", ["Lines for /etc/postfix/main.cf (merge with settings you already have)."]));
        sb.Append("# Sub-addresses: name+tag@domain is looked up as name+tag@domain, then name@domain, then @domain.\n");
        sb.Append("recipient_delimiter = +\n");
        sb.Append($"sender_bcc_maps = hash:{InstallDir}/sender_bcc");
        if (staffOut) sb.Append($", regexp:{InstallDir}/staff_bcc.regexp");
        if (externalIn) sb.Append($", regexp:{InstallDir}/external_bcc.regexp");
        sb.Append('\n').Append($"recipient_bcc_maps = hash:{InstallDir}/recipient_bcc");
        if (staffIn) sb.Append($", regexp:{InstallDir}/staff_bcc.regexp");
        if (externalOut) sb.Append($", regexp:{InstallDir}/external_bcc.regexp");
        sb.Append('\n');
        if (block)
            sb.Append($"# Put this first in the restrictions of the port staff submit mail on (e.g. submission in master.cf):\n")
              .Append($"smtpd_recipient_restrictions = check_recipient_access hash:{InstallDir}/freemail_access, permit_sasl_authenticated, permit_mynetworks, reject_unauth_destination\n");
        return sb.ToString();
    }

    private static string Readme(MailModel m, bool block) => Header.For(m, "# ", "postfix") + $"""
        Deploying to Postfix:
          1. install -d {InstallDir} && install -m 0644 sender_bcc recipient_bcc{(block ? " freemail_access" : "")}{(m.Mode == ClientsMode.AllExternal ? " external_bcc.regexp" : "")}{(m.Leaving.Count > 0 ? " staff_bcc.regexp" : "")} {InstallDir}/
          2. postmap {InstallDir}/sender_bcc {InstallDir}/recipient_bcc{(block ? $" {InstallDir}/freemail_access" : "")}
          3. merge main.cf into /etc/postfix/main.cf
          4. postfix check && postfix reload
        Check a lookup: postmap -q client@example.ru hash:{InstallDir}/sender_bcc
        Postfix cannot answer senders; the notice to clients comes from the sieve target.
        {(m.Policy.Deployment == Deployment.DovecotPostfix
            ? "Deployment dovecot+postfix: Sieve copies incoming client mail and mail to leaving staff; these maps copy outgoing mail only, so each message is copied once."
            : "Deployment standalone: these maps copy incoming and outgoing mail. If Dovecot runs the sieve target too, set: ops mail policy set --deployment dovecot+postfix (else incoming mail is copied twice).")}

        """;
}
