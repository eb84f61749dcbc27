using BenchmarkDotNet.Attributes;

namespace Ops.Bench.Micro;

/// <summary>The hot paths that live inside commands (access filtering, template rendering, pay calculation, audit
/// verification), run in-process through the public command surface on one generated firm (<see cref="BenchFirm"/>),
/// so the figures are the work itself without process start-up. Each includes the command's own audit append.</summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001",
    Justification = "BenchmarkDotNet owns the lifetime: [GlobalSetup] creates the firm and [GlobalCleanup] disposes it.")]
public class CommandBenchmarks
{
    private BenchFirm _firm = null!;
    private string _out = null!;

    [GlobalSetup]
    public void Setup()
    {
        _firm = new BenchFirm();
        _out = Path.Combine(_firm.Store.Directory, "rendered");
    }

    [GlobalCleanup]
    public void Cleanup() => _firm.Dispose();

    /// <summary>Scope <c>all</c>, contacts shown: every one of the 2,000 clients.</summary>
    [Benchmark] public string ClientsListDirector() => _firm.As("dir1", "clients", "list", "--format", "json");

    /// <summary>Scope <c>assigned</c>, contacts masked: the access predicate cuts the list to the accountant's clients.</summary>
    [Benchmark] public string ClientsListAccountant() => _firm.As("acc3", "clients", "list", "--format", "json");

    /// <summary>One NDA through the Scriban template to Markdown.</summary>
    [Benchmark] public string RenderNdaMarkdown() => _firm.As("dir1", "docs", "render", "nda", "--person", "acc3", "--format", "md", "--out", _out);

    /// <summary>One NDA to DOCX (template plus OpenXml packaging).</summary>
    [Benchmark] public string RenderNdaDocx() => _firm.As("dir1", "docs", "render", "nda", "--person", "acc3", "--format", "docx", "--out", _out);

    /// <summary>One person's statement for a month: 2,000 clients, 20,000 tasks in the month.</summary>
    [Benchmark] public string PayCalcOnePerson() => _firm.As("dir1", "pay", "calc", "--period", "2026-10", "--person", "acc3");

    /// <summary>The whole firm's statements for the month (50 people).</summary>
    [Benchmark] public string PayCalcFirm() => _firm.As("dir1", "pay", "calc", "--period", "2026-10", "--format", "csv");

    /// <summary>Walks and re-hashes the chain of about 10,000 events.</summary>
    [Benchmark] public string AuditVerify() => _firm.Ok("audit", "verify");
}
