using System.Security.Cryptography;

namespace Ops.Clients.Data;

/// <summary>The clients an audit event is about, in bounded memory: up to <see cref="NamedLimit"/> are named
/// ("client:ID"); more are recorded as their count, id range and a SHA-256 of the ids in order (each as an int64,
/// little-endian), from which the records can be recomputed and checked (docs/clients.md, "Audit of large sets").</summary>
internal sealed class IdDigest
{
    public const int NamedLimit = 1000;
    private readonly List<string> _named = [];
    private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _min = long.MaxValue, _max = long.MinValue;
    public int Count { get; private set; }

    public void Add(long id)
    {
        Count++;
        if (_named.Count <= NamedLimit) _named.Add("client:" + id);
        Span<byte> bytes = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes, id);
        _digest.AppendData(bytes);
        _min = Math.Min(_min, id);
        _max = Math.Max(_max, id);
    }

    public IEnumerable<string> Records => Count <= NamedLimit ? _named : [];

    public string Details(string what) => Count <= NamedLimit
        ? what
        : $"{what}; {Count} clients, ids {_min}..{_max}, sha256(ids as int64 LE, in listed order) {Convert.ToHexStringLower(_digest.GetHashAndReset())}";
}
