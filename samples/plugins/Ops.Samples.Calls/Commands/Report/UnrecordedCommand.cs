using System.CommandLine;
using Ops.Samples.Calls.Access;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Output;

namespace Ops.Samples.Calls.Commands.Report;

internal static class UnrecordedCommand
{
    public static Command Create(IOpsContext ops)
    {
        var days = DaysOption.Create("Look back this many days (default 30)");
        var format = FormatOption.Create();
        var command = new Command("unrecorded", "Answered calls with clients' numbers on lines that are not recorded, personal or unknown") { days, format };
        command.SetAction(parse =>
        {
            var n = DaysOption.Value(parse.GetValue(days));
            var access = ReportAccess.Demand(ops);
            var rows = CallReports.Unrecorded(access, n);
            var phones = new ClientPhones(access, rows.Select(r => r.ClientId));
            ops.Audit.Record("calls.report.unrecorded", rows.Select(r => "client:" + r.ClientId).Distinct(), details: $"days={n}");
            ops.Output.Rows(rows,
            [
                Column.Of<UnrecordedCall>("call_id", r => r.CallId), Column.Of<UnrecordedCall>("started_at", r => r.StartedAt),
                Column.Of<UnrecordedCall>("line", r => r.Line), Column.Of<UnrecordedCall>("line_status", r => r.LineStatus),
                Column.Of<UnrecordedCall>("login", r => r.Login), Column.Of<UnrecordedCall>("direction", r => r.Direction),
                Column.Of<UnrecordedCall>("client_id", r => r.ClientId), Column.Of<UnrecordedCall>("client", r => r.Client),
                Column.Of<UnrecordedCall>("number", r => phones.Show(r.ClientId, r.Number)), Column.Of<UnrecordedCall>("billsec", r => r.Billsec),
            ], parse.GetValue(format));
            if (phones.Masked > 0) ops.Output.Message(access.MaskNote(phones.Masked));
            return 0;
        });
        return command;
    }
}
