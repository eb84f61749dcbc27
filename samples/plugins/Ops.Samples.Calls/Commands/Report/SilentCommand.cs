using System.CommandLine;
using Ops.Samples.Calls.Access;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Output;

namespace Ops.Samples.Calls.Commands.Report;

internal static class SilentCommand
{
    public static Command Create(IOpsContext ops)
    {
        var days = DaysOption.Create("Window in days (default 30)");
        var format = FormatOption.Create();
        var command = new Command("silent", "Active clients with no answered call on a corporate line for N days") { days, format };
        command.SetAction(parse =>
        {
            var n = DaysOption.Value(parse.GetValue(days));
            var access = ReportAccess.Demand(ops);
            var rows = CallReports.Silent(access, n);
            var phones = new ClientPhones(access, rows.Select(r => r.ClientId));
            ops.Audit.Record("calls.report.silent", rows.Select(r => "client:" + r.ClientId), details: $"days={n}");
            ops.Output.Rows(rows,
            [
                Column.Of<SilentClient>("client_id", r => r.ClientId), Column.Of<SilentClient>("client", r => r.Name),
                Column.Of<SilentClient>("inn", r => r.Inn), Column.Of<SilentClient>("key", r => r.IsKey),
                Column.Of<SilentClient>("lead", r => r.Lead), Column.Of<SilentClient>("last_corporate_call", r => r.LastCorporateCall),
                Column.Of<SilentClient>("other_line_calls", r => r.OtherLineCalls), Column.Of<SilentClient>("reason", r => r.Reason),
                Column.Of<SilentClient>("phones", r => phones.Of(r.ClientId)),
            ], parse.GetValue(format));
            if (phones.Masked > 0) ops.Output.Message(access.MaskNote(phones.Masked));
            return 0;
        });
        return command;
    }
}
