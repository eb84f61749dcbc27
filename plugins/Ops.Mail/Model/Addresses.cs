using System.Globalization;
using Ops.Sdk.Validation;

namespace Ops.Mail.Model;

/// <summary>Validation and normalisation of what goes into rules: lower-case, IDN domains as punycode.</summary>
public static class Addresses
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The domain in lower-case ASCII, or null with <paramref name="problem"/> set.</summary>
    public static string? Domain(string raw, out string? problem)
    {
        var text = raw.Trim();
        problem = MailAddress.DomainProblem(text);
        return problem is null ? Idn.GetAscii(text).ToLowerInvariant() : null;
    }

    /// <summary>The address with its domain in lower-case ASCII, or null with <paramref name="problem"/> set.</summary>
    public static string? Address(string raw, out string? problem)
    {
        var text = raw.Trim();
        problem = MailAddress.AddressProblem(text);
        if (problem is not null) return null;
        var at = text.LastIndexOf('@');
        return text[..at].ToLowerInvariant() + "@" + Idn.GetAscii(text[(at + 1)..]).ToLowerInvariant();
    }

    /// <summary>True when <paramref name="domain"/> is <paramref name="parent"/> or below it.</summary>
    public static bool IsWithin(string domain, string parent) =>
        domain == parent || domain.EndsWith("." + parent, StringComparison.Ordinal);

    /// <summary>The forms a mail server may see a domain in: its ASCII (punycode) form, and for an IDN also its Unicode
    /// form, which an SMTPUTF8 sender writes raw (<c>a@берёзка.рф</c>). <paramref name="ascii"/> is lower-case ASCII.</summary>
    public static IReadOnlyList<string> DomainForms(string ascii)
    {
        if (!ascii.Contains("xn--", StringComparison.Ordinal)) return [ascii];
        var unicode = Idn.GetUnicode(ascii).ToLowerInvariant();
        return unicode == ascii ? [ascii] : [ascii, unicode];
    }

    /// <summary>The forms of an address (see <see cref="DomainForms"/>): the local part with each form of the domain.</summary>
    public static IReadOnlyList<string> AddressForms(string address)
    {
        var at = address.LastIndexOf('@');
        return DomainForms(address[(at + 1)..]).Select(d => address[..at] + "@" + d).ToList();
    }
}
