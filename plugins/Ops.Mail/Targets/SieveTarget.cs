using System.Text;
using Ops.Mail.Model;

namespace Ops.Mail.Targets;

/// <summary>Dovecot Pigeonhole: one global before-script (it sees incoming mail only) and the configuration
/// snippets for Dovecot 2.3 and 2.4.</summary>
public sealed class SieveTarget : ITarget
{
    public const string ScriptName = "ops-mail.sieve";
    public const string InstallDir = "/etc/dovecot/sieve";

    public string Name => "sieve";

    public IReadOnlyList<GeneratedFile> Render(MailModel m) =>
    [
        new(ScriptName, Script(m)),
        new("dovecot-2.3.conf", Config23(m)),
        new("dovecot-2.4.conf", Config24(m)),
        new("README.txt", Readme(m)),
    ];

    private static string Script(MailModel m)
    {
        var p = m.Policy;
        var sb = new StringBuilder();
        sb.Append(Header.For(m, "# ", "sieve",
        [
            "Global before-script: runs for every delivery before the user's own script. Sieve sees incoming mail only;",
            "outgoing copies come from the postfix, exchange or gmail target.",
        ]));
        sb.Append("require [\"copy\", \"envelope\", \"vacation\"];\n\n");
        var clientTest = ClientTest(m);
        var first = true;
        string Branch() { var b = first ? "if" : "elsif"; first = false; return b; }

        foreach (var l in m.Leaving)
        {
            sb.Append("# Leaving: ").Append(Escape.CommentText($"{l.Name} ({l.Login})")).Append(" - all mail is copied; clients are told whom to write to.\n");
            sb.Append(Branch()).Append(" envelope :all :is \"to\" ").Append(Escape.Sieve(l.Email)).Append(" {\n");
            sb.Append("    redirect :copy ").Append(Escape.Sieve(p.Archive)).Append(";\n");
            var text = m.LeavingText(l);
            if (text.Length > 0 && clientTest != "false")
            {
                sb.Append("    if ").Append(clientTest.Replace("\n", "\n    ")).Append(" {\n");
                sb.Append("        vacation :days 1 :handle \"ops-mail-leaving\" :subject ").Append(Escape.Sieve(p.NoticeSubject))
                    .Append(" :addresses ").Append(Escape.Sieve(l.Email)).Append("\n            ").Append(Escape.Sieve(text)).Append(";\n");
                sb.Append("    }\n");
            }
            sb.Append("}\n");
        }

        var notice = m.NoticeText;
        if (m.Covered.Count > 0 && clientTest != "false" && (p.CopyIncoming || notice.Length > 0))
        {
            sb.Append("# Client mail to an individual mailbox: copied to the archive, and the client is asked to use the shared address.\n");
            sb.Append(Branch()).Append(" allof (envelope :all :is \"to\" ").Append(Escape.SieveList(m.Covered.Select(c => c.Email), "    "))
                .Append(",\n    ").Append(clientTest.Replace("\n", "\n    ")).Append(") {\n");
            if (p.CopyIncoming) sb.Append("    redirect :copy ").Append(Escape.Sieve(p.Archive)).Append(";\n");
            if (notice.Length > 0)
                sb.Append("    vacation :days 1 :handle \"ops-mail-notice\" :subject ").Append(Escape.Sieve(p.NoticeSubject))
                    .Append(" :addresses ").Append(Escape.SieveList(m.Covered.Select(c => c.Email), "    "))
                    .Append("\n        ").Append(Escape.Sieve(notice)).Append(";\n");
            sb.Append("}\n");
        }
        if (first) sb.Append("# Nothing to do for this policy: no covered mailbox or no client senders.\n");
        return sb.ToString();
    }

    /// <summary>The test that says "this message comes from a client", or "false" when nothing can.</summary>
    private static string ClientTest(MailModel m)
    {
        if (m.Mode == ClientsMode.AllExternal)
            return "not address :domain :is \"from\" " + Escape.Sieve(m.FirmDomain);
        var parts = new List<string>();
        if (m.ClientDomains.Count > 0) parts.Add("address :domain :is \"from\" " + Escape.SieveList(m.ClientDomains, "    "));
        if (m.ClientAddresses.Count > 0) parts.Add("address :all :is \"from\" " + Escape.SieveList(m.ClientAddresses, "    "));
        return parts.Count switch
        {
            0 => "false",
            1 => parts[0],
            _ => "anyof (" + string.Join(",\n    ", parts) + ")",
        };
    }

    private static string Config23(MailModel m) => Header.For(m, "# ", "sieve") + $$"""
        # Dovecot 2.3: add to conf.d/90-sieve.conf, then compile and reload (see README.txt).
        plugin {
          sieve_before = {{InstallDir}}/{{ScriptName}}
        }

        """;

    private static string Config24(MailModel m) => Header.For(m, "# ", "sieve") + $$"""
        # Dovecot 2.4: add to conf.d/90-sieve.conf, then compile and reload (see README.txt).
        sieve_script ops-mail {
          type = before
          driver = file
          path = {{InstallDir}}/{{ScriptName}}
        }

        """;

    private static string Readme(MailModel m) => Header.For(m, "# ", "sieve") + $"""
        Deploying to Dovecot (Pigeonhole):
          1. install -m 0644 {ScriptName} {InstallDir}/{ScriptName}
          2. sievec {InstallDir}/{ScriptName}        (compiles it to .svbin; the mail user cannot write there)
          3. add dovecot-2.3.conf or dovecot-2.4.conf (whichever matches `dovecot --version`) to conf.d/90-sieve.conf
          4. doveadm reload
        Re-run steps 1, 2 and 4 after every `ops mail generate`.

        """;
}
