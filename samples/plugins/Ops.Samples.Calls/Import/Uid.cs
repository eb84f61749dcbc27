using System.Security.Cryptography;
using System.Text;

namespace Ops.Samples.Calls.Import;

/// <summary>Stable ids for records, so that importing the same file (or an overlapping one) twice adds nothing.</summary>
internal static class Uid
{
    public static string Hash(IEnumerable<string> fields)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields)));
        return Convert.ToHexStringLower(bytes)[..20];
    }
}
