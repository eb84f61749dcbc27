using System.Text;
using Ops.Mail.Model;
using Ops.Mail.Policy;

namespace Ops.Mail.Targets;

/// <summary>Google Workspace: the routing settings to enter in the admin console, step by step, with exact values.
/// Settings apply to an organisational unit, so covered staff are "everyone in the top-level unit except the unit
/// listed in step 1". Patterns are RE2 regular expressions, split so each stays under the console's limit.</summary>
public sealed class GmailTarget : ITarget
{
    public const string ExcludedUnit = "Ops mail not covered";
    private const int PatternChars = 4000;

    public string Name => "gmail";

    public IReadOnlyList<GeneratedFile> Render(MailModel m) => [new("gmail-routing.txt", Steps(m))];

    private static string Steps(MailModel m)
    {
        var p = m.Policy;
        var sb = new StringBuilder(Header.For(m, "# ", "gmail", ["Google Workspace has nothing to upload: enter these settings in the admin console."]));
        var step = 0;
        sb.Append($"\n{++step}. Directory > Organizational units: create the unit '{ExcludedUnit}' under the top-level unit and move into it\n")
          .Append("   the mailboxes the policy does not cover (the routing settings below are turned off there, see the last step):\n");
        if (m.Excluded.Count == 0) sb.Append("      (none)\n");
        foreach (var x in m.Excluded) sb.Append("      ").Append(x.Email).Append('\n');

        void Setting(string title, string affect, string? senders, string? recipients, string action)
        {
            sb.Append($"\n{++step}. Apps > Google Workspace > Gmail > Routing > Routing (top-level unit) > ADD ANOTHER RULE\n");
            sb.Append($"   Description:               {Escape.Shown(title)}\n");
            sb.Append($"   Email messages to affect:  {affect}\n");
            if (senders is not null) sb.Append($"   Envelope filter:           Only affect specific envelope senders > Pattern match:\n      {senders}\n");
            if (recipients is not null) sb.Append($"   Envelope filter:           Only affect specific envelope recipients > Pattern match:\n      {recipients}\n");
            sb.Append($"   {action}\n   SAVE\n");
        }
        var copy = $"Also deliver to > Add more recipients > ADD > Basic > recipient: {p.Archive}";
        if (m.Covered.Count > 0)
            foreach (var (c, i) in ClientPatterns(m).Select((c, i) => (c, i + 1)))
            {
                if (p.CopyIncoming) Setting($"Ops mail - incoming client mail {i}", "Inbound", c, null, copy);
                if (p.CopyOutgoing) Setting($"Ops mail - outgoing client mail {i}", "Outbound", null, c, copy);
            }
        if (p.FreeMailAction != FreeMailAction.Off && m.FreeMailDomains.Count > 0)
            foreach (var (f, i) in Patterns(m.FreeMailDomains.Select(d => "@" + d)).Select((f, i) => (f, i + 1)))
                Setting($"Ops mail - personal domains {i}", "Outbound", null, f,
                    p.FreeMailAction == FreeMailAction.Block
                        ? "Action: Reject message > Rejection notice: Sending to personal mail domains is blocked by firm policy."
                        : copy);
        foreach (var l in m.Leaving)
        {
            Setting($"Ops mail - leaving {l.Login} in", "Inbound, Internal - receiving", null, StaffPattern(l.Email), copy);
            Setting($"Ops mail - leaving {l.Login} out", "Outbound, Internal - sending", StaffPattern(l.Email), null, copy);
            var text = m.LeavingText(l);
            if (text.Length > 0)
                sb.Append($"\n{++step}. Users > {l.Email} > sign in as the user (or ask them) > Gmail settings > Vacation responder ON\n")
                  .Append($"   Subject: {Escape.Shown(p.NoticeSubject)}\n   Message: {Escape.Shown(text)}\n");
        }
        sb.Append($"\n{++step}. Apps > Google Workspace > Gmail > End User Access > Automatic forwarding (top-level unit)\n")
          .Append("   Allow users to automatically forward incoming email to another address: OFF > SAVE\n");
        sb.Append($"\n{++step}. Apps > Google Workspace > Gmail > Routing > select the unit '{ExcludedUnit}'\n")
          .Append("   Turn off every inherited 'Ops mail - incoming/outgoing client mail' rule there (leave the others) > SAVE\n");
        if (m.NoticeText.Length > 0 && m.Covered.Count > 0)
            sb.Append("\nThe notice to clients who write to an individual mailbox cannot be set centrally in Gmail;\n")
              .Append("use each covered user's vacation responder restricted to people outside the domain, with:\n")
              .Append($"   Subject: {Escape.Shown(p.NoticeSubject)}\n   Message: {Escape.Shown(m.NoticeText)}\n");
        return sb.ToString();
    }

    /// <summary>Patterns for client senders/recipients; a single null (no filter) when all external mail counts,
    /// since Inbound and Outbound already mean "from/to outside the domain".</summary>
    private static IEnumerable<string?> ClientPatterns(MailModel m) => m.Mode == ClientsMode.AllExternal
        ? new string?[] { null }
        : Patterns(m.ClientDomains.SelectMany(Addresses.DomainForms).Select(d => "@" + d).Concat(m.ClientAddresses.SelectMany(Addresses.AddressForms))).Cast<string?>();

    /// <summary>A staff address with its sub-addresses (name+tag@), case-insensitive.</summary>
    private static string StaffPattern(string email)
    {
        var at = email.LastIndexOf('@');
        return $"(?i)^{Escape.Regex(email[..at])}(\\+[^@]*)?@(?:{string.Join('|', Addresses.DomainForms(email[(at + 1)..]).Select(Escape.Regex))})$";
    }

    /// <summary>Anchored alternations: "@domain" entries match the end of an address, full addresses match whole.</summary>
    private static IEnumerable<string> Patterns(IEnumerable<string> items) =>
        Escape.Chunks(items.ToList(), PatternChars).Select(chunk =>
            "(?i)^(?:" + string.Join("|", chunk.Select(i => i.StartsWith('@') ? ".*" + Escape.Regex(i) : Escape.Regex(i))) + ")$");
}
