using System.Text;
using Ops.Mail.Model;
using Ops.Mail.Policy;

namespace Ops.Mail.Targets;

/// <summary>Exchange Online / Microsoft 365: an idempotent PowerShell script of transport rules named with
/// <see cref="Prefix"/>. Re-running it updates those rules and removes the ones the policy no longer produces.</summary>
public sealed class ExchangeTarget : ITarget
{
    public const string Prefix = "Ops mail - ";
    public const string ScriptName = "ops-mail-rules.ps1";
    public const string CoveredGroup = "Ops mail covered";
    // Exchange Online allows at most 300 transport rules per organisation.
    private const int RuleLimit = 300;
    // A transport rule may hold about 8 KB of conditions; lists are split to stay well under it.
    private const int ChunkChars = 6000;

    public string Name => "exchange";

    public IReadOnlyList<GeneratedFile> Render(MailModel m) => [new(ScriptName, Script(m))];

    private static string Script(MailModel m)
    {
        var body = Body(m);
        var rules = body.Split("Set-OpsTransportRule -Name ").Length - 1;
        if (rules <= RuleLimit) return body;
        var warning = $"# WARNING: {rules} transport rules; Exchange Online allows {RuleLimit}. Use the postfix target (or fewer client domains) for the rest.\n";
        var at = body.IndexOf("#Requires", StringComparison.Ordinal);
        return body.Insert(at, warning);
    }

    private static string Body(MailModel m)
    {
        var priority = 0;
        return Body(m, ref priority);
    }

    /// <summary>How an Exchange script of ours is run, for its header.</summary>
    public const string HowToRun = "Run in Exchange Online PowerShell (Connect-ExchangeOnline) as an Exchange admin; -WhatIf shows what would change.";

    /// <summary>The first lines of an Exchange script of ours: -WhatIf works (ShouldProcess), and the first error stops it.</summary>
    public const string Preamble = "#Requires -Version 5.1\n[CmdletBinding(SupportsShouldProcess = $true)]\nparam()\n$ErrorActionPreference = 'Stop'\n";

    /// <summary>The script. Every rule gets an explicit -Priority, ours first (0, 1, …), so that an older rule of the
    /// firm's with "stop processing more rules" cannot silently switch ours off; and none of ours stops processing.</summary>
    private static string Body(MailModel m, ref int priority)
    {
        var p = m.Policy;
        var sb = new StringBuilder();
        sb.Append(Header.For(m, "# ", "exchange",
        [
            HowToRun,
            "Transport rules cannot answer senders: the notice to clients comes from mailbox auto-replies (leaving staff below) or the sieve target.",
        ]));
        sb.Append(Preamble);
        sb.Append("$Prefix = ").Append(Escape.PowerShell(Prefix)).Append('\n');
        sb.Append("$Archive = ").Append(Escape.PowerShell(p.Archive)).Append('\n');
        sb.Append("""
            $Wanted = [System.Collections.Generic.List[string]]::new()
            $Existing = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
            Get-TransportRule -ResultSize Unlimited | ForEach-Object { [void]$Existing.Add($_.Name) }

            function Set-OpsTransportRule {
                param([Parameter(Mandatory = $true)][string] $Name, [Parameter(Mandatory = $true)][hashtable] $Settings)
                $Wanted.Add($Name)
                if ($Existing.Contains($Name)) {
                    if ($PSCmdlet.ShouldProcess($Name, 'Set-TransportRule')) { Set-TransportRule -Identity $Name @Settings }
                } elseif ($PSCmdlet.ShouldProcess($Name, 'New-TransportRule')) {
                    New-TransportRule -Name $Name @Settings | Out-Null
                }
            }


            """);
        var mailboxes = m.Covered.Select(c => c.Email).ToList();
        if (mailboxes.Count > 0 && (p.CopyIncoming || p.CopyOutgoing))
        {
            // Rules name a group rather than the mailboxes: a rule holds about 8 KB of conditions, a group any number of members.
            sb.Append("# Covered mailboxes: the members of this group (membership is replaced on every run).\n");
            sb.Append("$Group = ").Append(Escape.PowerShell(CoveredGroup)).Append('\n');
            sb.Append("$Mailboxes = ").Append(Array(mailboxes, "")).Append('\n');
            sb.Append("""
                if ($null -eq (Get-DistributionGroup -ResultSize Unlimited | Where-Object { $_.Name -eq $Group })) {
                    if ($PSCmdlet.ShouldProcess($Group, 'New-DistributionGroup')) {
                        New-DistributionGroup -Name $Group -Type Security | Out-Null
                        Set-DistributionGroup -Identity $Group -HiddenFromAddressListsEnabled $true
                    }
                }
                if ($PSCmdlet.ShouldProcess($Group, 'Update-DistributionGroupMember')) {
                    Update-DistributionGroupMember -Identity $Group -Members $Mailboxes -BypassSecurityGroupManagerCheck -Confirm:$false
                }


                """);
            if (p.CopyIncoming) Copies(sb, m, incoming: true, ref priority);
            if (p.CopyOutgoing) Copies(sb, m, incoming: false, ref priority);
        }
        if (p.FreeMailAction != FreeMailAction.Off && m.FreeMailDomains.Count > 0)
        {
            sb.Append("# Mail from staff to personal/free-mail domains.\n");
            var action = p.FreeMailAction == FreeMailAction.Block
                ? "    RejectMessageReasonText = 'Sending to personal mail domains is blocked by firm policy.'\n    RejectMessageEnhancedStatusCode = '5.7.1'\n"
                : "    BlindCopyTo = $Archive\n    SetHeaderName = 'X-Ops-Mail-Flag'\n    SetHeaderValue = 'personal-domain'\n";
            Rule(sb, ref priority, "personal domains", "FromScope = 'InOrganization'\n    SentToScope = 'NotInOrganization'\n    RecipientDomainIs = "
                + Array(m.FreeMailDomains, "    ") + "\n" + action);
        }
        foreach (var l in m.Leaving)
        {
            sb.Append("# Leaving: ").Append(Escape.CommentText($"{l.Name} ({l.Login})")).Append(" - all mail is copied; external senders get the notice.\n");
            Rule(sb, ref priority, $"leaving {l.Login} in", $"SentTo = {Escape.PowerShell(l.Email)}\n    BlindCopyTo = $Archive\n");
            Rule(sb, ref priority, $"leaving {l.Login} out", $"From = {Escape.PowerShell(l.Email)}\n    BlindCopyTo = $Archive\n");
            var text = m.LeavingText(l);
            if (text.Length > 0)
                sb.Append("if ($PSCmdlet.ShouldProcess(").Append(Escape.PowerShell(l.Email)).Append(", 'Set-MailboxAutoReplyConfiguration')) {\n")
                  .Append("    Set-MailboxAutoReplyConfiguration -Identity ").Append(Escape.PowerShell(l.Email))
                  .Append(" -AutoReplyState Enabled -ExternalAudience All -ExternalMessage ").Append(Escape.PowerShell(text))
                  .Append(" -InternalMessage ").Append(Escape.PowerShell(text)).Append("\n}\n\n");
        }
        sb.Append("""
            # Rules with our prefix that this policy no longer produces.
            Get-TransportRule -ResultSize Unlimited | Where-Object { $_.Name.StartsWith($Prefix, [System.StringComparison]::Ordinal) -and -not $Wanted.Contains($_.Name) } | ForEach-Object {
                if ($PSCmdlet.ShouldProcess($_.Name, 'Remove-TransportRule')) { Remove-TransportRule -Identity $_.Identity -Confirm:$false }
            }

            # No automatic forwarding of the firm's mail to outside addresses.
            if ($PSCmdlet.ShouldProcess('Default', 'Turn off external auto-forwarding')) {
                Set-RemoteDomain -Identity Default -AutoForwardEnabled $false
                Set-HostedOutboundSpamFilterPolicy -Identity Default -AutoForwardingMode Off
            }

            """);
        return sb.ToString();
    }

    private static void Copies(StringBuilder sb, MailModel m, bool incoming, ref int priority)
    {
        var what = incoming ? "incoming" : "outgoing";
        sb.Append($"# {(incoming ? "Client mail received by" : "Mail to clients sent by")} covered staff: a blind copy to the archive.\n");
        var scope = incoming
            ? "FromScope = 'NotInOrganization'\n    SentToMemberOf = $Group\n"
            : "FromMemberOf = $Group\n    SentToScope = 'NotInOrganization'\n";
        if (m.Mode == ClientsMode.AllExternal)
        {
            Rule(sb, ref priority, $"{what} external mail", scope + "    BlindCopyTo = $Archive\n");
            return;
        }
        var n = 0;
        foreach (var chunk in Escape.Chunks(m.ClientDomains, ChunkChars))
            Rule(sb, ref priority, $"{what} client domains {++n}", scope + $"    {(incoming ? "SenderDomainIs" : "RecipientDomainIs")} = {Array(chunk, "    ")}\n    BlindCopyTo = $Archive\n");
        n = 0;
        foreach (var chunk in Escape.Chunks(m.ClientAddresses, ChunkChars))
            Rule(sb, ref priority, $"{what} client addresses {++n}", scope
                + $"    {(incoming ? "FromAddressMatchesPatterns" : "RecipientAddressMatchesPatterns")} = {Array(chunk.Select(a => "^" + Escape.Regex(a) + "$"), "    ")}\n    BlindCopyTo = $Archive\n");
    }

    private static void Rule(StringBuilder sb, ref int priority, string name, string settings) =>
        sb.Append("Set-OpsTransportRule -Name ($Prefix + ").Append(Escape.PowerShell(name)).Append(") -Settings @{\n    ")
          .Append(settings).Append("    Priority = ").Append(priority++).Append("\n    StopRuleProcessing = $false\n")
          .Append("    Comments = 'Generated by ops mail; changes are overwritten on the next run.'\n}\n\n");

    private static string Array(IEnumerable<string> items, string indent) =>
        "@(\n" + string.Join(",\n", items.Select(i => indent + "    " + Escape.PowerShell(i))) + "\n" + indent + ")";
}
