using System.Text;
using Ops.Mail.Model;
using Ops.Mail.Policy;

namespace Ops.Mail.Targets;

/// <summary>Google Workspace: the routing settings to enter in the admin console, step by step, with exact values.
/// Patterns are RE2 regular expressions; long lists are split so each pattern stays under the console's limit.</summary>
public sealed class GmailTarget : ITarget
{
    private const int PatternChars = 4000;

    public string Name => "gmail";

    public IReadOnlyList<GeneratedFile> Render(MailModel m) => [new("gmail-routing.txt", Steps(m))];

    private static string Steps(MailModel m)
    {
        var p = m.Policy;
        var sb = new StringBuilder(Header.For(m, "# ", "gmail", ["Google Workspace has nothing to upload: enter these settings in the admin console."]));
        var step = 0;
        void Setting(string title, string affect, string? senders, string? recipients, string action)
        {
            sb.Append($"\n{++step}. Apps > Google Workspace > Gmail > Routing > Routing > ADD ANOTHER RULE\n");
            sb.Append($"   Description:               {Escape.Shown(title)}\n");
            sb.Append($"   Email messages to affect:  {affect}\n");
            if (senders is not null) sb.Append($"   Envelope filter:           Only affect specific envelope senders > Pattern match:\n      {senders}\n");
            if (recipients is not null) sb.Append($"   Envelope filter:           Only affect specific envelope recipients > Pattern match:\n      {recipients}\n");
            sb.Append($"   {action}\n   SAVE\n");
        }
        var copy = $"Also deliver to > Add more recipients > ADD > Basic > recipient: {p.Archive}";
        var staff = m.Covered.Select(c => c.Email).ToList();
        foreach (var (s, i) in Patterns(staff).Select((s, i) => (s, i + 1)))
        {
            foreach (var (c, j) in ClientPatterns(m).Select((c, j) => (c, j + 1)))
            {
                if (p.CopyIncoming) Setting($"Ops mail - incoming client mail {i}.{j}", "Inbound", c, s, copy);
                if (p.CopyOutgoing) Setting($"Ops mail - outgoing client mail {i}.{j}", "Outbound", s, c, copy);
            }
        }
        if (p.FreeMailAction != FreeMailAction.Off && m.FreeMailDomains.Count > 0)
            foreach (var (f, i) in Patterns(m.FreeMailDomains.Select(d => "@" + d)).Select((f, i) => (f, i + 1)))
                Setting($"Ops mail - personal domains {i}", "Outbound", null, f,
                    p.FreeMailAction == FreeMailAction.Block
                        ? "Action: Reject message > Rejection notice: Sending to personal mail domains is blocked by firm policy."
                        : copy);
        foreach (var l in m.Leaving)
        {
            Setting($"Ops mail - leaving {l.Login} in", "Inbound, Internal - receiving", null, "^" + Escape.Regex(l.Email) + "$", copy);
            Setting($"Ops mail - leaving {l.Login} out", "Outbound, Internal - sending", "^" + Escape.Regex(l.Email) + "$", null, copy);
            var text = m.LeavingText(l);
            if (text.Length > 0)
                sb.Append($"\n{++step}. Users > {l.Email} > sign in as the user (or ask them) > Gmail settings > Vacation responder ON\n")
                  .Append($"   Subject: {Escape.Shown(p.NoticeSubject)}\n   Message: {Escape.Shown(text)}\n");
        }
        sb.Append($"\n{++step}. Apps > Google Workspace > Gmail > End User Access > Automatic forwarding\n")
          .Append("   Allow users to automatically forward incoming email to another address: OFF > SAVE\n");
        if (m.NoticeText.Length > 0 && staff.Count > 0)
            sb.Append($"\nThe notice to clients who write to an individual mailbox cannot be set centrally in Gmail;\n")
              .Append($"use each user's vacation responder restricted to people outside the domain, with:\n")
              .Append($"   Subject: {Escape.Shown(p.NoticeSubject)}\n   Message: {Escape.Shown(m.NoticeText)}\n");
        return sb.ToString();
    }

    /// <summary>Patterns for client senders/recipients; a single null (no filter) when all external mail counts,
    /// since Inbound and Outbound already mean "from/to outside the domain".</summary>
    private static IEnumerable<string?> ClientPatterns(MailModel m) => m.Mode == ClientsMode.AllExternal
        ? new string?[] { null }
        : Patterns(m.ClientDomains.Select(d => "@" + d).Concat(m.ClientAddresses)).Cast<string?>();

    /// <summary>Anchored alternations: "@domain" entries match the end of an address, full addresses match whole.</summary>
    private static IEnumerable<string> Patterns(IEnumerable<string> items) =>
        Escape.Chunks(items.ToList(), PatternChars).Select(chunk =>
            "(?i)^(?:" + string.Join("|", chunk.Select(i => i.StartsWith('@') ? ".*" + Escape.Regex(i) : Escape.Regex(i))) + ")$");
}
