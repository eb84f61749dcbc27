using System.Text;
using Ops.Mail.Model;
using Ops.Mail.Policy;

namespace Ops.Mail.Targets;

/// <summary>Dovecot Pigeonhole: a folder of global before-scripts (they see incoming mail only) and the configuration
/// snippets for Dovecot 2.3 and 2.4. Pigeonhole refuses scripts over 1 MiB by default, so a long client list is split
/// over several scripts; a sender matches at most one of them because every domain and address appears once.</summary>
public sealed class SieveTarget : ITarget
{
    public const string Folder = "ops-mail.d";
    public const string InstallDir = "/etc/dovecot/sieve";
    // Client senders per script, in characters; leaves room for the mailbox list under the 1 MiB default limit.
    private const int ChunkChars = 600_000;

    public string Name => "sieve";

    public IReadOnlyList<string> OwnedFolders => [Folder];

    public IReadOnlyList<GeneratedFile> Render(MailModel m)
    {
        var files = new List<GeneratedFile>();
        if (m.Leaving.Count > 0) files.Add(new($"{Folder}/10-leaving.sieve", Leaving(m)));
        var chunks = ClientChunks(m).ToList();
        for (var i = 0; i < chunks.Count; i++)
            files.Add(new($"{Folder}/20-clients-{i + 1:D3}.sieve", Clients(m, chunks[i], i + 1, chunks.Count)));
        if (files.Count == 0) files.Add(new($"{Folder}/20-clients-001.sieve", Start(m, "Nothing to do for this policy: no covered mailbox or no client senders.") + "keep;\n"));
        files.Add(new("dovecot-2.3.conf", Config23(m)));
        files.Add(new("dovecot-2.4.conf", Config24(m)));
        files.Add(new("README.txt", Readme(m)));
        return files;
    }

    private static string Start(MailModel m, string what) =>
        Header.For(m, "# ", "sieve",
        [
            "Global before-script: runs for every delivery before the user's own script and does not stop it.",
            "Sieve sees incoming mail only; outgoing copies come from the postfix, exchange or gmail target.",
            "Staff mailboxes are matched by user and domain (RFC 5233 subaddress), so name+tag@ is matched as name@;",
            "IDN domains are matched in punycode and in Unicode (a raw UTF-8 sender).",
            what,
        ]) + "require [\"copy\", \"envelope\", \"subaddress\", \"vacation\"];\n\n";

    /// <summary>Everything a leaving employee receives is copied.</summary>
    private static string Leaving(MailModel m)
    {
        var sb = new StringBuilder(Start(m, "Leaving staff: all their incoming mail is copied to the archive."));
        foreach (var l in m.Leaving) sb.Append("# ").Append(Escape.CommentText($"{l.Login}: {l.Name}")).Append('\n');
        sb.Append("if ").Append(Recipient(m.Leaving.Select(l => l.Email))).Append(" {\n");
        sb.Append("    redirect :copy ").Append(Escape.Sieve(m.Policy.Archive)).Append(";\n}\n");
        return sb.ToString();
    }

    /// <summary>Mail from one chunk of client senders: leaving staff answer with the new contact; covered staff copy and answer with the notice.</summary>
    private static string Clients(MailModel m, (List<string> Domains, List<string> Addresses) chunk, int n, int of)
    {
        var p = m.Policy;
        var sb = new StringBuilder(Start(m, $"Client mail, part {n} of {of}."));
        var tests = SenderTests(m, chunk.Domains, chunk.Addresses);
        sb.Append("if ").Append(tests.Count == 1 ? tests[0] : "anyof (" + string.Join(",\n    ", tests) + ")").Append(" {\n");
        var branch = "if";
        foreach (var l in m.Leaving)
        {
            var text = m.LeavingText(l);
            if (text.Length == 0) continue;
            sb.Append("    # Leaving: ").Append(Escape.CommentText($"{l.Login}: {l.Name}")).Append('\n');
            sb.Append("    ").Append(branch).Append(' ').Append(Recipient([l.Email])).Append(" {\n");
            sb.Append("        vacation :days 1 :handle \"ops-mail-leaving\" :subject ").Append(Escape.Sieve(p.NoticeSubject))
              .Append('\n').Append("            ").Append(Escape.Sieve(text)).Append(";\n    }\n");
            branch = "elsif";
        }
        var notice = m.NoticeText;
        if (m.Covered.Count > 0 && (p.CopyIncoming || notice.Length > 0))
        {
            sb.Append("    # Client mail to an individual mailbox: copied to the archive; the client is asked to use the shared address.\n");
            sb.Append("    ").Append(branch).Append(' ').Append(Recipient(m.Covered.Select(c => c.Email))).Append(" {\n");
            if (p.CopyIncoming) sb.Append("        redirect :copy ").Append(Escape.Sieve(p.Archive)).Append(";\n");
            if (notice.Length > 0)
                sb.Append("        vacation :days 1 :handle \"ops-mail-notice\" :subject ").Append(Escape.Sieve(p.NoticeSubject))
                  .Append('\n').Append("            ").Append(Escape.Sieve(notice)).Append(";\n");
            sb.Append("    }\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>Tests that the sender is a client: one of <paramref name="domains"/> or <paramref name="addresses"/> (each form),
    /// or, without the client registry, anyone outside the firm's domain. Any one of them matching means client mail.</summary>
    internal static List<string> SenderTests(MailModel m, IReadOnlyList<string> domains, IReadOnlyList<string> addresses)
    {
        var tests = new List<string>();
        if (m.Mode == ClientsMode.AllExternal) tests.Add("not address :domain :is \"from\" " + Escape.SieveList(Addresses.DomainForms(m.FirmDomain)));
        if (domains.Count > 0) tests.Add("address :domain :is \"from\" " + Escape.SieveList(domains.SelectMany(Addresses.DomainForms)));
        if (addresses.Count > 0) tests.Add("address :all :is \"from\" " + Escape.SieveList(addresses.SelectMany(Addresses.AddressForms)));
        return tests;
    }

    /// <summary>A test that the envelope recipient is one of <paramref name="emails"/>, sub-addresses included:
    /// per domain, the domain (each form) and the user part before the "+" (the subaddress extension's :user).</summary>
    private static string Recipient(IEnumerable<string> emails)
    {
        var groups = emails.GroupBy(e => e[(e.LastIndexOf('@') + 1)..]).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => "allof (envelope :domain :is \"to\" " + Escape.SieveList(Addresses.DomainForms(g.Key))
                + ", envelope :user :is \"to\" " + Escape.SieveList(g.Select(e => e[..e.LastIndexOf('@')]).Distinct().Order(StringComparer.Ordinal)) + ")")
            .ToList();
        return groups.Count == 1 ? groups[0] : "anyof (" + string.Join(",\n        ", groups) + ")";
    }

    private static IEnumerable<(List<string> Domains, List<string> Addresses)> ClientChunks(MailModel m)
    {
        var wanted = m.Covered.Count > 0 || m.Leaving.Any(l => m.LeavingText(l).Length > 0);
        if (!wanted || !m.HasClientSenders) yield break;
        if (m.Mode == ClientsMode.AllExternal) { yield return ([], []); yield break; }
        var tagged = m.ClientDomains.Select(d => (Value: d, Domain: true)).Concat(m.ClientAddresses.Select(a => (Value: a, Domain: false))).ToList();
        var chunk = (Domains: new List<string>(), Addresses: new List<string>());
        var size = 0;
        foreach (var (value, isDomain) in tagged)
        {
            if (size > 0 && size + value.Length + 4 > ChunkChars) { yield return chunk; chunk = ([], []); size = 0; }
            (isDomain ? chunk.Domains : chunk.Addresses).Add(value);
            size += value.Length + 4;
        }
        yield return chunk;
    }

    private static string Config23(MailModel m) => Header.For(m, "# ", "sieve") + $$"""
        # Dovecot 2.3: add to conf.d/90-sieve.conf, then compile and reload (see README.txt).
        # A folder: every script in it runs, in name order, before the user's own script.
        # Sub-addresses: name+tag@ is delivered to name@ and the scripts' :user tests see "name" (same as Postfix).
        recipient_delimiter = +
        plugin {
          sieve_before = {{InstallDir}}/{{Folder}}
        }

        """;

    private static string Config24(MailModel m) => Header.For(m, "# ", "sieve") + $$"""
        # Dovecot 2.4: add to conf.d/90-sieve.conf, then compile and reload (see README.txt).
        # A folder: every script in it runs, in name order, before the user's own script.
        # Sub-addresses: name+tag@ is delivered to name@ and the scripts' :user tests see "name" (same as Postfix).
        recipient_delimiter = +
        sieve_script ops-mail {
          type = before
          driver = file
          path = {{InstallDir}}/{{Folder}}
        }

        """;

    private static string Readme(MailModel m) => Header.For(m, "# ", "sieve") + $"""
        Deploying to Dovecot (Pigeonhole):
          1. rm -rf {InstallDir}/{Folder} && install -d {InstallDir}/{Folder} && install -m 0644 {Folder}/*.sieve {InstallDir}/{Folder}/
          2. sievec {InstallDir}/{Folder}        (compiles every script to .svbin; the mail user cannot write there)
          3. add dovecot-2.3.conf or dovecot-2.4.conf (whichever matches `dovecot --version`) to conf.d/90-sieve.conf
          4. doveadm reload
        Re-run steps 1, 2 and 4 after every `ops mail generate`.
        {(m.Policy.Deployment == Deployment.DovecotPostfix
            ? "Deployment dovecot+postfix: these scripts make the incoming copies; the postfix target copies outgoing mail only."
            : "Deployment standalone: these scripts copy incoming mail. With Postfix too, set: ops mail policy set --deployment dovecot+postfix")}

        """;
}
