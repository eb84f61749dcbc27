using BenchmarkDotNet.Attributes;

namespace Ops.Bench.Micro;

/// <summary>The audit chain's hash (host/Ops.Host/Audit/AuditHash.cs): once per event appended, once per event
/// verified, so <c>ops audit verify</c> of a million events is a million of these plus the read.</summary>
[MemoryDiagnoser]
public class AuditHashBenchmarks
{
    private Func<object, string, string> _of = null!;
    private object _event = null!;
    private const string Prev = "e9b69ccdff53355b111de1e55fed0d4d4159c684b72663f49bc5a227d2dc62b0";

    [GlobalSetup]
    public void Setup()
    {
        (_of, var create) = Internals.AuditHash();
        _event = create([123456L, "2026-11-26T09:00:00.000Z", "acc3", "acc3", "ops clients show 4711", "clients.view",
            "[\"client:4711\"]", "ok", ""]);
    }

    [Benchmark] public string HashOneEvent() => _of(_event, Prev);
}
