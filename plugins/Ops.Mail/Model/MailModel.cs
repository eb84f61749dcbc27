using Ops.Mail.Policy;

namespace Ops.Mail.Model;

/// <summary>A staff mailbox the rules name. <see cref="Email"/> is lower-case ASCII.</summary>
public sealed record Mailbox(string Login, string Name, string Email, bool Leaving);

/// <summary>Where "client mail" comes from: the client registry, or everything from outside the firm.</summary>
public enum ClientsMode
{
    /// <summary>Client domains and contact addresses from the registry's views.</summary>
    Registry,
    /// <summary>The registry is absent or disabled: all external mail counts as client mail.</summary>
    AllExternal,
}

/// <summary>Everything a target needs, already validated and normalised (domains as lower-case ASCII/punycode).
/// Lists are sorted ordinally so the same store gives the same bytes.</summary>
public sealed record MailModel(
    string GeneratorVersion,
    MailPolicy Policy,
    string FirmDomain,
    ClientsMode Mode,
    IReadOnlyList<Mailbox> Covered,
    IReadOnlyList<Mailbox> Leaving,
    IReadOnlyList<Mailbox> Excluded,
    IReadOnlyList<string> ClientDomains,
    IReadOnlyList<string> ClientAddresses,
    IReadOnlyList<string> FreeMailDomains)
{
    /// <summary>True when there is something that identifies client mail.</summary>
    public bool HasClientSenders => Mode == ClientsMode.AllExternal || ClientDomains.Count + ClientAddresses.Count > 0;

    /// <summary>The notice for a client who wrote to an individual mailbox, with placeholders filled.</summary>
    public string NoticeText => Policy.Notice.Replace("{shared}", Policy.SharedAddress, StringComparison.Ordinal);

    /// <summary>The notice for a client who wrote to a leaving employee.</summary>
    public string LeavingText(Mailbox m) => Policy.LeavingNotice
        .Replace("{name}", m.Name, StringComparison.Ordinal)
        .Replace("{contact}", Policy.EffectiveLeavingContact, StringComparison.Ordinal)
        .Replace("{shared}", Policy.SharedAddress, StringComparison.Ordinal);

    /// <summary>One line naming the generator and the policy, for every file's header.</summary>
    public string Provenance =>
        $"ops mail {GeneratorVersion}, mail policy revision {Policy.Revision} (sha256 {Policy.Digest()})";

    /// <summary>One line saying what the rules treat as client mail.</summary>
    public string Scope => Mode == ClientsMode.Registry
        ? $"client mail = {ClientDomains.Count} client domain(s) and {ClientAddresses.Count} contact address(es) from the client registry"
        : $"client mail = all external mail (the client registry is not enabled); internal domain {FirmDomain}";
}
