using System.Security.Cryptography;
using System.Text;
using Ops.Host.Audit;

namespace Ops.Host.Tests;

public sealed class AuditHashTests
{
    /// <summary>The chain's definition, written the plain way: stores written by earlier versions must still verify.</summary>
    private static string Reference(AuditEvent e, string prev)
    {
        var text = new StringBuilder();
        foreach (var f in new[] { e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At, e.Actor, e.RealActor,
                     e.Command, e.Action, e.Records, e.Result, e.Details, prev })
            text.Append(f.Length).Append(':').Append(f).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [Fact]
    public void The_streamed_hash_equals_the_definition_for_any_text()
    {
        var random = new Random(2026);
        string Text()
        {
            var alphabet = new[] { "a", "Я", "ж", "€", "😀", "\ud800", "\udc00", "\"", "|", ":", "0", " ", "\n" };
            return string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));
        }
        for (var i = 0; i < 500; i++)
        {
            var e = new AuditEvent(random.NextInt64(1, long.MaxValue), Text(), Text(), Text(), Text(), Text(), Text(), Text(), Text());
            var prev = Text();
            Assert.Equal(Reference(e, prev), AuditHash.Of(e, prev));
        }
    }

    [Fact]
    public void A_large_record_list_hashes_like_the_definition()
    {
        var records = "[" + string.Join(",", Enumerable.Range(1, 100_000).Select(i => $"\"client:{i}\"")) + "]";
        var e = new AuditEvent(7, "2026-11-26T09:00:00.000Z", "dir", "dir", "ops clients list", "clients.view", records, "ok", "");
        Assert.Equal(Reference(e, AuditHash.Genesis), AuditHash.Of(e, AuditHash.Genesis));
    }
}
