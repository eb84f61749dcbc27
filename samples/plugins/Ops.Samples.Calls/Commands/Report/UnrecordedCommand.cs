using System.CommandLine;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Samples.Calls.Commands.Report;

internal static class UnrecordedCommand
{
    public static Command Create(IOpsContext ops) => ReportCommand.Create<UnrecordedCall>(ops, "unrecorded",
        "Answered calls with clients' numbers on lines that are not recorded, personal or unknown", "Look back this many days (default 30)",
        CallReports.Unrecorded, r => r.ClientId, phones =>
        [
            Column.Of<UnrecordedCall>("call_id", r => r.CallId), Column.Of<UnrecordedCall>("started_at", r => r.StartedAt),
            Column.Of<UnrecordedCall>("line", r => r.Line), Column.Of<UnrecordedCall>("line_status", r => r.LineStatus),
            Column.Of<UnrecordedCall>("login", r => r.Login), Column.Of<UnrecordedCall>("direction", r => r.Direction),
            Column.Of<UnrecordedCall>("client_id", r => r.ClientId), Column.Of<UnrecordedCall>("client", r => r.Client),
            Column.Of<UnrecordedCall>("number", r => phones.Show(r.ClientId, r.Number)), Column.Of<UnrecordedCall>("billsec", r => r.Billsec),
        ]).WithExamples("ops calls report unrecorded --days 7", "ops calls report unrecorded --format csv --delimiter ';' --bom > unrecorded.csv");
}
