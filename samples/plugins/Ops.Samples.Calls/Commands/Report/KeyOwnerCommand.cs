using System.CommandLine;
using Ops.Samples.Calls.Access;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Output;

namespace Ops.Samples.Calls.Commands.Report;

internal static class KeyOwnerCommand
{
    public static Command Create(IOpsContext ops)
    {
        var days = DaysOption.Create("Window in days (default 30)");
        var format = FormatOption.Create();
        var command = new Command("key-owner", "Key clients with no answered call from their owner-side contact's lines for N days") { days, format };
        command.SetAction(parse =>
        {
            var n = DaysOption.Value(parse.GetValue(days));
            var access = ReportAccess.Demand(ops);
            var rows = CallReports.KeyWithoutOwnerCall(access, n);
            var phones = new ClientPhones(access, rows.Select(r => r.ClientId));
            ops.Audit.Record("calls.report.key-owner", rows.Select(r => "client:" + r.ClientId), details: $"days={n}");
            ops.Output.Rows(rows,
            [
                Column.Of<KeyClientGap>("client_id", r => r.ClientId), Column.Of<KeyClientGap>("client", r => r.Name),
                Column.Of<KeyClientGap>("owner_contact", r => r.Owner), Column.Of<KeyClientGap>("owner_lines", r => r.OwnerLines),
                Column.Of<KeyClientGap>("last_owner_call", r => r.LastOwnerCall), Column.Of<KeyClientGap>("reason", r => r.Reason),
                Column.Of<KeyClientGap>("phones", r => phones.Of(r.ClientId)),
            ], parse.GetValue(format));
            if (phones.Masked > 0) ops.Output.Message(access.MaskNote(phones.Masked));
            return 0;
        });
        return command;
    }
}
