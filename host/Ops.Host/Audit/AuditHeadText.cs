using System.Globalization;
using System.Text.RegularExpressions;
using Ops.Sdk.Errors;

namespace Ops.Host.Audit;

/// <summary>The head as <c>ops audit head</c> prints it and cron keeps it elsewhere: <c>ID:HASH</c>
/// (the last event's id and hash).</summary>
internal static partial class AuditHeadText
{
    public static string Format(long id, string hash) => $"{id.ToString(CultureInfo.InvariantCulture)}:{hash}";

    public static AuditVerifier.SavedHead Parse(string text, string source)
    {
        var match = HeadPattern().Match(text.Trim());
        return match.Success
            ? new AuditVerifier.SavedHead(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value)
            : throw new InvalidInputException($"{source} is not an audit head ('{Shorten(text)}')",
                "give what ops audit head printed: EVENT-ID:SHA-256, e.g. 1042:3f5a…");
    }

    public static AuditVerifier.SavedHead Read(string path)
    {
        if (!File.Exists(path)) throw new NotFoundException($"head file {path} does not exist", "save one: ops audit head > FILE");
        return Parse(File.ReadAllText(path), path);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text.Trim();

    [GeneratedRegex(@"^(\d+):([0-9a-f]{64})$")]
    private static partial Regex HeadPattern();
}
