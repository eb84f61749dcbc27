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

    /// <summary>True when <paramref name="expectedHex"/> (lower-case hex, as stored) is the SHA-256 of
    /// <paramref name="text"/>, an event's hashed text; for verifying a long chain without a string per event.</summary>
    public static bool Matches(ReadOnlySpan<byte> text, ReadOnlySpan<byte> expectedHex)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(text, hash);
        Span<byte> hex = stackalloc byte[64];
        return Convert.TryToHexStringLower(hash, hex, out var written) && hex[..written].SequenceEqual(expectedHex);
    }

    /// <summary>Whether an event's OS user and uid are part of its hash.</summary>
    public static bool HashesOsUser(bool hasOsUser, long osUid) => hasOsUser || osUid != -1;

    /// <summary>Writes the event's hashed text into <paramref name="buffer"/> from <paramref name="at"/>, growing the
    /// buffer as it needs, and returns the text's length.</summary>
    public static int WriteText(AuditEvent e, string prevHash, ref byte[] buffer, int at)
    {
        var fields = Fields(e, prevHash);
        AuditBuffer.Reserve(ref buffer, at, TextSize(fields));
        return WriteText(fields, buffer.AsSpan(at));
    }

    private static int TextSize(string[] fields)
    {
        var size = 0;
        foreach (var field in fields) size += FieldSize(Encoding.UTF8.GetByteCount(field));
        return size;
    }

    private static int WriteText(string[] fields, Span<byte> buffer)
    {
        var n = 0;
        foreach (var field in fields)
        {
            n += Prefix(buffer[n..], field.Length);
            n += Encoding.UTF8.GetBytes(field, buffer[n..]);
            buffer[n++] = (byte)'|';
        }
        return n;
    }

    /// <summary>The most bytes <see cref="WriteField"/> writes for a field of <paramref name="utf8Length"/> bytes.</summary>
    public static int FieldSize(int utf8Length) => 12 + utf8Length;

    /// <summary>Writes one field of the hashed text given as UTF-8 (read straight from the store) and returns the bytes
    /// written; the length prefix is its length in UTF-16 units, as for a string.</summary>
    public static int WriteField(Span<byte> buffer, ReadOnlySpan<byte> utf8)
    {
        var n = Prefix(buffer, Encoding.UTF8.GetCharCount(utf8));
        utf8.CopyTo(buffer[n..]);
        n += utf8.Length;
        buffer[n++] = (byte)'|';
        return n;
    }

    private static int Prefix(Span<byte> buffer, int utf16Length)
    {
        utf16Length.TryFormat(buffer, out var n, provider: CultureInfo.InvariantCulture);
        buffer[n++] = (byte)':';
        return n;
    }

    private static string[] Fields(AuditEvent e, string prevHash) => e.HasOsUser
        ? [e.Id.ToString(CultureInfo.InvariantCulture), e.At, e.Actor, e.RealActor, e.Command, e.Action, e.Records, e.Result, e.Details,
            e.OsUser, e.OsUid.ToString(CultureInfo.InvariantCulture), prevHash]
        : [e.Id.ToString(CultureInfo.InvariantCulture), e.At, e.Actor, e.RealActor, e.Command, e.Action, e.Records, e.Result, e.Details, prevHash];

    private static void Hash(AuditEvent e, string prevHash, Span<byte> destination)
    {
        var fields = Fields(e, prevHash);
        var size = TextSize(fields);
        byte[]? rented = null;
        var buffer = size <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            SHA256.HashData(buffer[..WriteText(fields, buffer)], destination);
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
    public bool HasOsUser => AuditHash.HashesOsUser(OsUser.Length > 0, OsUid);
}
