using System.CommandLine;
using Ops.Samples.Calls.Access;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Commands.Report;

/// <summary>What every report shares: the window, access, the client numbers the actor may see, the audit
/// with the clients shown, and the listing in the chosen format.</summary>
internal static class ReportCommand
{
    public static Command Create<T>(IOpsContext ops, string name, string description, string daysHelp,
        Func<ReportAccess, int, IReadOnlyList<T>> query, Func<T, long> clientId, Func<ClientPhones, IReadOnlyList<Column<T>>> columns)
    {
        var days = DaysOption.Create(daysHelp);
        var format = FormatOption.Create();
        var command = new Command(name, description) { days, format };
        command.SetAction(parse =>
        {
            var n = DaysOption.Value(parse.GetValue(days));
            var access = ReportAccess.Demand(ops);
            var rows = query(access, n);
            var phones = new ClientPhones(access, rows.Select(clientId));
            ops.Audit.Record("calls.report." + name, rows.Select(r => "client:" + clientId(r)).Distinct(), details: $"days={n}");
            ops.Output.Rows(rows, columns(phones), parse.GetValue(format));
            if (phones.Masked > 0) ops.Output.Message(access.MaskNote(phones.Masked));
            return ExitCodes.Ok;
        });
        return command;
    }
}
