using System.Globalization;
using System.Text.RegularExpressions;

namespace Ops.Host.Doctor;

/// <summary>The audit head kept outside the store (written by cron from <c>ops audit head</c>): an event id and its hash.</summary>
internal static partial class SavedHead
{
    public static (long Id, string Hash)? Read(string path)
    {
        var match = HeadPattern().Match(File.ReadAllText(path));
        return match.Success ? (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value) : null;
    }

    [GeneratedRegex(@"(\d+)\D+?([0-9a-f]{64})")]
    private static partial Regex HeadPattern();
}
