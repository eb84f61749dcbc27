namespace Ops.Mail.Model;

/// <summary>The model plus what did not make it into the rules and why (for coverage, risk and messages).</summary>
public sealed record Survey(
    MailModel Model,
    IReadOnlyList<Gap> Gaps,
    IReadOnlyList<Ops.Sdk.Errors.InputError> Problems,
    int HiddenClients,
    string HiddenReason,
    IReadOnlyDictionary<string, long> DomainClient,
    IReadOnlyList<long> EmbeddedClients);

/// <summary>One thing the rules do not cover. <see cref="Kind"/> is one of no-mailbox, not-covered,
/// domain-not-covered, leaving.</summary>
public sealed record Gap(string Kind, string Subject, string Record, string Detail, string? Fix);
