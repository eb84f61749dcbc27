namespace Ops.Mail.Tests;

/// <summary>The generated Exchange script, judged by the PowerShell parser (the PowerShell dotnet tool).</summary>
public sealed class ExchangeToolTests
{
    private static readonly HashSet<string> Allowed =
    [
        "Set-OpsTransportRule", "Get-TransportRule", "Set-TransportRule", "New-TransportRule", "Remove-TransportRule",
        "Out-Null", "Where-Object", "ForEach-Object", "Set-RemoteDomain", "Set-HostedOutboundSpamFilterPolicy",
        "Set-MailboxAutoReplyConfiguration", "Get-DistributionGroup", "New-DistributionGroup", "Set-DistributionGroup",
        "Update-DistributionGroupMember",
    ];

    [Fact]
    public void The_parser_finds_no_errors_and_only_the_expected_commands()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "exchange", "sidorova");
        var (errors, commands, strings) = Tools.ParsePowerShell(Path.Combine(dir, "ops-mail-rules.ps1"));
        Assert.Empty(errors);
        Assert.All(commands, c => Assert.Contains(c, Allowed));
        Assert.Contains("romashka.ru", strings);
        Assert.Contains("incoming client domains 1", strings);
        Assert.Contains("outgoing client domains 1", strings);
    }

    [Fact]
    public void The_script_updates_rules_by_prefix_and_turns_off_external_forwarding()
    {
        using var store = MailFirm.Create();
        var text = File.ReadAllText(Path.Combine(MailFirm.Generate(store, "exchange", "sidorova"), "ops-mail-rules.ps1"));
        Assert.Contains("if ($Existing.Contains($Name))", text);
        Assert.Contains("Set-TransportRule -Identity $Name @Settings", text);
        Assert.Contains("$_.Name.StartsWith($Prefix", text);
        Assert.Contains("Set-RemoteDomain -Identity Default -AutoForwardEnabled $false", text);
        Assert.Contains("FromScope = 'NotInOrganization'", text);
        Assert.Contains("SentToMemberOf = $Group", text);
        Assert.Contains("Update-DistributionGroupMember -Identity $Group -Members $Mailboxes", text);
        Assert.Contains("SentToScope = 'NotInOrganization'", text);
    }
}
