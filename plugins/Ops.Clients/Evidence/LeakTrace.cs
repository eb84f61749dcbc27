using Ops.Clients.Export;
using Ops.Sdk;
using Ops.Sdk.Departure;
using Ops.Sdk.Input;
using Ops.Sdk.Output;

namespace Ops.Clients.Evidence;

/// <summary>The registry's part of an evidence pack: for each leaked file given (<c>ops case export --leaked FILE</c>), the
/// exports it may have come from, by the canary records in it (the same trace as <c>ops clients trace</c>). Only for a
/// requester who may trace (<c>clients.watch</c>); otherwise the file says so instead.</summary>
internal static class LeakTrace
{
    private sealed record Row(string LeakedFile, TraceCandidate Candidate);

    public static IEnumerable<EvidenceFile> Files(IOpsContext context, EvidenceRequest request)
    {
        if (request.LeakedFiles.Count == 0) yield break;
        var decision = context.Access.Decide(Access.Permissions.Watch);
        if (!decision.Allowed)
        {
            yield return EvidenceFile.Text("clients.trace.txt", "След утекшего файла: не выполнен (нет права clients.watch)",
                $"The leaked file was not traced: {decision.Reason}. Whoever holds clients.watch can run: ops clients trace FILE\n");
            yield break;
        }
        var rows = request.LeakedFiles.SelectMany(path =>
            Tracer.Trace(context.Store, TextInput.ReadAllText(path, null)).Select(c => new Row(Path.GetFileName(path), c))).ToList();
        yield return EvidenceFile.Rows("clients.trace.csv",
            "След утекшего файла: выгрузки, из которых он получен (по контрольным записям-«канарейкам»), кто и когда их сделал",
            rows,
            [
                Column.Of<Row>("leaked_file", r => r.LeakedFile), Column.Of<Row>("export_id", r => r.Candidate.ExportId),
                Column.Of<Row>("verdict", r => r.Candidate.Verdict), Column.Of<Row>("at", r => r.Candidate.At),
                Column.Of<Row>("actor", r => r.Candidate.Actor), Column.Of<Row>("real_actor", r => r.Candidate.RealActor),
                Column.Of<Row>("filter", r => r.Candidate.Filter), Column.Of<Row>("format", r => r.Candidate.Format),
                Column.Of<Row>("rows", r => r.Candidate.Rows), Column.Of<Row>("canaries_found", r => r.Candidate.CanariesFound),
                Column.Of<Row>("canaries_total", r => r.Candidate.CanariesTotal), Column.Of<Row>("real_clients_found", r => r.Candidate.RealFound),
                Column.Of<Row>("real_clients_in_export", r => r.Candidate.RealInExport),
            ], OutputFormat.Csv);
    }
}
