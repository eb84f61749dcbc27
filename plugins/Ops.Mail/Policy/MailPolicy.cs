using System.Security.Cryptography;
using System.Text;

namespace Ops.Mail.Policy;

/// <summary>What the firm wants its mail servers to do. Empty strings where nothing is set.</summary>
public sealed record MailPolicy(
    int Revision,
    string Archive,
    bool CopyIncoming,
    bool CopyOutgoing,
    IReadOnlyList<string> CoverRoles,
    IReadOnlyList<string> Exceptions,
    string SharedAddress,
    string NoticeSubject,
    string Notice,
    IReadOnlyList<string> FreeMailDomains,
    FreeMailAction FreeMailAction,
    bool LeavingCopyAll,
    string LeavingNotice,
    string LeavingContact,
    Deployment Deployment = Deployment.Standalone)
{
    /// <summary>True when every role is covered.</summary>
    public bool CoversAllRoles => CoverRoles.Count == 1 && CoverRoles[0] == "*";

    /// <summary>The address a leaving employee's clients are sent to: the leaving contact, else the shared address.</summary>
    public string EffectiveLeavingContact => LeavingContact.Length > 0 ? LeavingContact : SharedAddress;

    /// <summary>The policy as canonical key=value lines, the input of <see cref="Digest"/>.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields()
    {
        yield return new("archive", Archive);
        yield return new("copy_incoming", YesNo(CopyIncoming));
        yield return new("copy_outgoing", YesNo(CopyOutgoing));
        yield return new("cover_roles", string.Join(',', CoverRoles));
        yield return new("exceptions", string.Join(',', Exceptions));
        yield return new("shared_address", SharedAddress);
        yield return new("notice_subject", NoticeSubject);
        yield return new("notice", Notice);
        yield return new("free_mail_domains", string.Join(',', FreeMailDomains));
        yield return new("free_mail_action", FreeMailAction.ToString().ToLowerInvariant());
        yield return new("leaving_copy_all", YesNo(LeavingCopyAll));
        yield return new("leaving_notice", LeavingNotice);
        yield return new("leaving_contact", LeavingContact);
        yield return new("deployment", DeploymentName(Deployment));
    }

    /// <summary>A short fingerprint of the policy's content, printed in every generated file's header.</summary>
    public string Digest()
    {
        var text = string.Join("\n", Fields().Select(f => f.Key + "=" + f.Value.Replace("\\", "\\\\").Replace("\n", "\\n")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>The policy text of a deployment.</summary>
    public static string DeploymentName(Deployment d) => d == Deployment.DovecotPostfix ? "dovecot+postfix" : "standalone";

    /// <summary>A deployment from its policy text, or null.</summary>
    public static Deployment? ParseDeployment(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "standalone" => Deployment.Standalone,
        "dovecot+postfix" or "postfix+dovecot" or "sieve+postfix" => Deployment.DovecotPostfix,
        _ => null,
    };

    internal static string YesNo(bool value) => value ? "yes" : "no";
}

/// <summary>What happens to mail from staff to personal/free-mail domains, where the server can act on it.</summary>
public enum FreeMailAction
{
    /// <summary>Nothing.</summary>
    Off,
    /// <summary>A copy goes to the archive (and Exchange marks it).</summary>
    Flag,
    /// <summary>The server refuses it.</summary>
    Block,
}

/// <summary>Which of the generated targets run together on the firm's servers, so that each message is copied once.</summary>
public enum Deployment
{
    /// <summary>Each target is deployed alone: Sieve copies incoming mail, Postfix copies incoming and outgoing.</summary>
    Standalone,
    /// <summary>Dovecot's Sieve and Postfix together (the usual Linux stack): Sieve copies incoming mail and answers;
    /// Postfix copies only outgoing mail, so an incoming message is not copied twice.</summary>
    DovecotPostfix,
}
