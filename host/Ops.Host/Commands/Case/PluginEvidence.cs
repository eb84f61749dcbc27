using System.Text.RegularExpressions;
using Ops.Host.App;
using Ops.Sdk.Departure;

namespace Ops.Host.Commands.Case;

/// <summary>Asks every enabled plugin for its files (<c>IOpsPlugin.Evidence</c>). A plugin that fails, or offers a file whose
/// name is not its own (<c>PLUGIN.name</c>, no folders), is named in the pack's problems; it never stops the pack.</summary>
internal static partial class PluginEvidence
{
    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]*(\.[a-zA-Z0-9_-]+)+$")]
    private static partial Regex SafeName();

    public static (List<EvidenceFile> Files, List<string> Problems) Gather(OpsSession s, DepartingPerson person, EvidenceRequest request)
    {
        var files = new List<EvidenceFile>();
        var problems = new List<string>();
        foreach (var entry in s.Catalog.Usable.ToList())
        {
            try
            {
                var plugin = s.Plugins.Activate(entry);
                foreach (var file in plugin.Plugin.Evidence(plugin.Context, person, request).ToList())
                {
                    if (!file.FileName.StartsWith(entry.Id + ".", StringComparison.Ordinal) || !SafeName().IsMatch(file.FileName))
                        problems.Add($"plugin '{entry.Id}' offered a file named '{file.FileName}'; a plugin's files are named {entry.Id}.NAME.EXT, without folders, so it was left out");
                    else if (files.Any(f => f.FileName == file.FileName))
                        problems.Add($"plugin '{entry.Id}' offered '{file.FileName}' twice; the second was left out");
                    else files.Add(file);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Add($"plugin '{entry.Id}' could not contribute its files: {e.Message}");
            }
        }
        return (files, problems);
    }
}
