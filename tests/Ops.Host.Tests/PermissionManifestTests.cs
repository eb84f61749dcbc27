using System.Text.Json;
using System.Text.RegularExpressions;
using Ops.Host.Access;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>Each plugin declares its permissions in plugin.json and checks them in code (a constant, or a literal passed
/// to Demand/Decide/DecideFor). The two lists are written apart, so they are compared here: a permission the code
/// checks but nobody declares can never be granted, and one declared but never checked grants nothing.</summary>
public sealed partial class PermissionManifestTests
{
    public static TheoryData<string> Plugins() =>
    [
        "plugins/Ops.Clients", "plugins/Ops.Mail", "plugins/Ops.Documents", "plugins/Ops.Pay",
        "samples/plugins/Ops.Samples.Calls", "templates/ops-plugin/src/Acme.Reports",
    ];

    [Theory]
    [MemberData(nameof(Plugins))]
    public void The_permissions_a_plugin_checks_are_the_ones_its_manifest_declares(string folder)
    {
        var manifest = Manifest(folder);
        var id = manifest.GetProperty("id").GetString()!;
        var declared = Declared(manifest);
        var checkedInCode = Checked(folder);

        // Another namespace's permission is only checked when a dependency (or the host) declares it.
        var others = manifest.GetProperty("dependencies").EnumerateArray()
            .Select(d => d.GetProperty("id").GetString()!)
            .SelectMany(dep => Declared(Manifest(FolderOf(dep))))
            .Concat(HostPermissions.All.Select(p => p.Id))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(checkedInCode.Where(p => p.StartsWith(id + ".", StringComparison.Ordinal)).Except(declared));
        Assert.Empty(checkedInCode.Where(p => !p.StartsWith(id + ".", StringComparison.Ordinal)).Except(others));
        Assert.Empty(declared.Except(checkedInCode));
    }

    [Fact]
    public void A_permission_checked_in_code_but_missing_from_the_manifest_is_found()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ops-perm-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "Cmd.cs"), """ctx.Access.Demand("acme.export"); ctx.Access.DecideFor(login, "acme.view");""");
            Assert.Equal(["acme.export", "acme.view"], CheckedIn(dir).Order(StringComparer.Ordinal));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static string FolderOf(string pluginId) =>
        Plugins().Select(row => (string)row.Data).Single(f => Manifest(f).GetProperty("id").GetString() == pluginId);

    private static JsonElement Manifest(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(OpsTestStore.RepoRoot, folder, "plugin.json"))).RootElement;

    private static HashSet<string> Declared(JsonElement manifest) =>
        manifest.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Checked(string folder) => CheckedIn(Path.Combine(OpsTestStore.RepoRoot, folder));

    private static HashSet<string> CheckedIn(string dir)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Literal().Matches(text)) found.Add(m.Groups[1].Value);
            var constants = Path.GetFileName(file) == "Permissions.cs" ? AnyConstant() : PermissionConstant();
            foreach (Match m in constants.Matches(text)) found.Add(m.Groups[1].Value);
        }
        return found;
    }

    [GeneratedRegex("""\b(?:Demand|Decide|DecideFor)\((?:[^()";]*,\s*)?"([a-z0-9-]+(?:\.[a-z0-9-]+)+)"\)""")]
    private static partial Regex Literal();

    [GeneratedRegex("""const\s+string\s+\w+\s*=\s*"([a-z0-9-]+(?:\.[a-z0-9-]+)+)"\s*;""")]
    private static partial Regex AnyConstant();

    [GeneratedRegex("""const\s+string\s+\w*Permission\w*\s*=\s*"([a-z0-9-]+(?:\.[a-z0-9-]+)+)"\s*;""")]
    private static partial Regex PermissionConstant();
}
