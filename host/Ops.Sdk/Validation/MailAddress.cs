using System.Globalization;
using System.Text.RegularExpressions;

namespace Ops.Sdk.Validation;

/// <summary>Strict checks for the e-mail addresses and domains Ops writes into mail-server rules.
/// Stricter than RFC 5322 on purpose: only what real mailboxes use, so nothing embedded can change a rule.</summary>
public static partial class MailAddress
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Null when <paramref name="domain"/> is a valid host name (IDN allowed, returned as entered).</summary>
    public static string? DomainProblem(string domain)
    {
        if (domain.Length is 0 or > 253) return $"domain '{domain}' must be 1 to 253 characters";
        string ascii;
        try { ascii = Idn.GetAscii(domain); }
        catch (ArgumentException) { return $"domain '{domain}' is not a valid host name"; }
        return DomainPattern().IsMatch(ascii) ? null
            : $"domain '{domain}' is not a valid host name (letters, digits, hyphens and dots, with a dot)";
    }

    /// <summary>Null when <paramref name="address"/> is local@domain with a plain local part.</summary>
    public static string? AddressProblem(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1) return $"'{address}' is not an e-mail address (expected name@domain)";
        var local = address[..at];
        if (!LocalPattern().IsMatch(local))
            return $"'{address}' has an unusual local part; use letters, digits and . _ + - only";
        return DomainProblem(address[(at + 1)..]);
    }

    /// <summary>The domain of an address, lower-cased.</summary>
    public static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+\-]+(\.[A-Za-z0-9_+\-]+)*$")]
    private static partial Regex LocalPattern();
}
