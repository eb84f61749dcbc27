using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ops.Host.Audit;

/// <summary>The hash that chains audit events: SHA-256 over the UTF-8 of the length-prefixed fields of the event
/// and the previous event's hash (<c>len:field|</c> for each, lengths in UTF-16 units), so no field can be changed
/// or moved without breaking the chain. The bytes are written straight into one buffer — on the stack for the usual
/// small event, pooled for one that names thousands of records — instead of building the text first.
/// The OS user and uid are hashed after the details when an event has them (events written before host schema 5 have
/// not, and keep the hash they were written with).</summary>
internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private const int StackLimit = 2048;

    public static string Of(AuditEvent e, string prevHash)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(e, prevHash, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>True when <paramref name="expected"/> (lower-case hex, as stored) is the event's hash; for verifying a
    /// long chain without a string per event.</summary>
    public static bool Matches(AuditEvent e, string prevHash, string expected)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(e, prevHash, hash);
        Span<char> hex = stackalloc char[64];
        return Convert.TryToHexStringLower(hash, hex, out var written) && hex[..written].SequenceEqual(expected);
    }

    private static void Hash(AuditEvent e, string prevHash, Span<byte> destination)
    {
        ReadOnlySpan<string> fields = e.HasOsUser
            ? [e.Id.ToString(CultureInfo.InvariantCulture), e.At, e.Actor, e.RealActor, e.Command, e.Action, e.Records, e.Result, e.Details,
                e.OsUser, e.OsUid.ToString(CultureInfo.InvariantCulture), prevHash]
            : [e.Id.ToString(CultureInfo.InvariantCulture), e.At, e.Actor, e.RealActor, e.Command, e.Action, e.Records, e.Result, e.Details, prevHash];
        var size = 0;
        foreach (var field in fields) size += 12 + Encoding.UTF8.GetByteCount(field);
        byte[]? rented = null;
        var buffer = size <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            var n = 0;
            foreach (var field in fields)
            {
                field.Length.TryFormat(buffer[n..], out var written, provider: CultureInfo.InvariantCulture);
                n += written;
                buffer[n++] = (byte)':';
                n += Encoding.UTF8.GetBytes(field, buffer[n..]);
                buffer[n++] = (byte)'|';
            }
            SHA256.HashData(buffer[..n], destination);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

/// <summary>One row of <c>ops_audit</c>.</summary>
internal sealed record AuditEvent(
    long Id, string At, string Actor, string RealActor, string Command, string Action, string Records, string Result, string Details,
    string OsUser = "", int OsUid = -1)
{
    public bool HasOsUser => OsUser.Length > 0 || OsUid != -1;
}
