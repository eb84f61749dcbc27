using System.CommandLine;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Samples.Calls.Commands.Report;

internal static class SilentCommand
{
    public static Command Create(IOpsContext ops) => ReportCommand.Create<SilentClient>(ops, "silent",
        "Active clients with no answered call on a corporate line for N days", "Window in days (default 30)",
        CallReports.Silent, r => r.ClientId, phones =>
        [
            Column.Of<SilentClient>("client_id", r => r.ClientId), Column.Of<SilentClient>("client", r => r.Name),
            Column.Of<SilentClient>("inn", r => r.Inn), Column.Of<SilentClient>("key", r => r.IsKey),
            Column.Of<SilentClient>("lead", r => r.Lead), Column.Of<SilentClient>("last_corporate_call", r => r.LastCorporateCall),
            Column.Of<SilentClient>("other_line_calls", r => r.OtherLineCalls), Column.Of<SilentClient>("reason", r => r.Reason),
            Column.Of<SilentClient>("phones", r => phones.Of(r.ClientId)),
        ]).WithExamples("ops calls report silent", "ops calls report silent --days 45 --format xlsx --out silent.xlsx");
}
