using System.CommandLine;
using Acme.Reports.Commands;
using Ops.Sdk;

namespace Acme.Reports;

/// <summary>The entry point the ops host creates when one of this plugin's commands runs.</summary>
public sealed class ReportsPlugin : IOpsPlugin
{
    public const string Permission = "acme-reports.use";

    public IEnumerable<Command> CreateCommands(IOpsContext context)
    {
        var root = new Command("acme-reports", "Add and list the firm's notes");
        root.Subcommands.Add(AddCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        yield return root;
    }
}
