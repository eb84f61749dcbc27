using System.Text;
using Ops.Mail.Model;
using Ops.Mail.Policy;

namespace Ops.Mail.Targets;

/// <summary>Postfix BCC maps: each key maps to exactly one address (the archive), as Postfix allows one BCC per lookup.
/// sender_bcc copies mail from clients (incoming) and everything a leaving employee sends; recipient_bcc copies
/// mail to clients (outgoing), everything a leaving employee receives, and (flag) mail to free-mail domains.</summary>
public sealed class PostfixTarget : ITarget
{
    public const string InstallDir = "/etc/postfix/ops-mail";

    public string Name => "postfix";

    public IReadOnlyList<GeneratedFile> Render(MailModel m)
    {
        var p = m.Policy;
        var sender = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var recipient = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (m.Mode == ClientsMode.Registry)
        {
            if (p.CopyIncoming) AddClients(m, sender);
            if (p.CopyOutgoing) AddClients(m, recipient);
        }
        if (p.FreeMailAction == FreeMailAction.Flag)
            foreach (var d in m.FreeMailDomains) recipient.TryAdd("@" + d, p.Archive);
        foreach (var l in m.Leaving)
        {
            sender[l.Email] = p.Archive;
            recipient[l.Email] = p.Archive;
        }

        var files = new List<GeneratedFile>
        {
            new("sender_bcc", Map(m, "sender_bcc", "Copies mail FROM these senders to the archive (postmap this file).", sender)),
            new("recipient_bcc", Map(m, "recipient_bcc", "Copies mail TO these recipients to the archive (postmap this file).", recipient)),
        };
        var external = m.Mode == ClientsMode.AllExternal && (p.CopyIncoming || p.CopyOutgoing);
        if (external)
            files.Add(new("external_bcc.regexp", Header.For(m, "# ", "postfix", ["Any address outside the firm's domain maps to the archive (regexp table; no postmap needed)."])
                + $"!/@(.+\\.)?{Escape.Regex(m.FirmDomain)}$/ {p.Archive}\n"));
        var block = p.FreeMailAction == FreeMailAction.Block && m.FreeMailDomains.Count > 0;
        if (block)
            files.Add(new("freemail_access", Header.For(m, "# ", "postfix", ["Refuses mail to personal/free-mail domains (check_recipient_access; postmap this file)."])
                + string.Concat(m.FreeMailDomains.Select(d => $"{d} REJECT 5.7.1 Sending to personal mail domains is blocked by firm policy\n"))));
        files.Add(new("main.cf", MainCf(m, external && p.CopyIncoming, external && p.CopyOutgoing, block)));
        files.Add(new("README.txt", Readme(m, block)));
        return files;
    }

    private static void AddClients(MailModel m, SortedDictionary<string, string> map)
    {
        foreach (var d in m.ClientDomains) map.TryAdd("@" + d, m.Policy.Archive);
        foreach (var a in m.ClientAddresses) map.TryAdd(a, m.Policy.Archive);
    }

    private static string Map(MailModel m, string name, string what, SortedDictionary<string, string> entries)
    {
        var sb = new StringBuilder(Header.For(m, "# ", "postfix", [$"{name}: {what}"]));
        foreach (var (key, value) in entries) sb.Append(key).Append(' ').Append(value).Append('\n');
        return sb.ToString();
    }

    private static string MainCf(MailModel m, bool externalIn, bool externalOut, bool block)
    {
        var sb = new StringBuilder(Header.For(m, "# ", "postfix", ["Lines for /etc/postfix/main.cf (merge with settings you already have)."]));
        sb.Append($"sender_bcc_maps = hash:{InstallDir}/sender_bcc");
        if (externalIn) sb.Append($", regexp:{InstallDir}/external_bcc.regexp");
        sb.Append('\n').Append($"recipient_bcc_maps = hash:{InstallDir}/recipient_bcc");
        if (externalOut) sb.Append($", regexp:{InstallDir}/external_bcc.regexp");
        sb.Append('\n');
        if (block)
            sb.Append($"# Put this first in the restrictions of the port staff submit mail on (e.g. submission in master.cf):\n")
              .Append($"smtpd_recipient_restrictions = check_recipient_access hash:{InstallDir}/freemail_access, permit_sasl_authenticated, permit_mynetworks, reject_unauth_destination\n");
        return sb.ToString();
    }

    private static string Readme(MailModel m, bool block) => Header.For(m, "# ", "postfix") + $"""
        Deploying to Postfix:
          1. install -d {InstallDir} && install -m 0644 sender_bcc recipient_bcc{(block ? " freemail_access" : "")}{(m.Mode == ClientsMode.AllExternal ? " external_bcc.regexp" : "")} {InstallDir}/
          2. postmap {InstallDir}/sender_bcc {InstallDir}/recipient_bcc{(block ? $" {InstallDir}/freemail_access" : "")}
          3. merge main.cf into /etc/postfix/main.cf
          4. postfix check && postfix reload
        Check a lookup: postmap -q client@example.ru hash:{InstallDir}/sender_bcc
        Postfix cannot answer senders; the notice to clients comes from the sieve target.

        """;
}
