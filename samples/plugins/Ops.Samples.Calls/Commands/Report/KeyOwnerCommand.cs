using System.CommandLine;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Samples.Calls.Commands.Report;

internal static class KeyOwnerCommand
{
    public static Command Create(IOpsContext ops) => ReportCommand.Create<KeyClientGap>(ops, "key-owner",
        "Key clients with no answered call from their owner-side contact's lines for N days", "Window in days (default 30)",
        CallReports.KeyWithoutOwnerCall, r => r.ClientId, phones =>
        [
            Column.Of<KeyClientGap>("client_id", r => r.ClientId), Column.Of<KeyClientGap>("client", r => r.Name),
            Column.Of<KeyClientGap>("owner_contact", r => r.Owner), Column.Of<KeyClientGap>("owner_lines", r => r.OwnerLines),
            Column.Of<KeyClientGap>("last_owner_call", r => r.LastOwnerCall), Column.Of<KeyClientGap>("reason", r => r.Reason),
            Column.Of<KeyClientGap>("phones", r => phones.Of(r.ClientId)),
        ]).WithExamples("ops calls report key-owner", "ops calls report key-owner --days 60");
}
