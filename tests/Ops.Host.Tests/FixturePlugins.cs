using System.Text.Json.Nodes;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>Builds a plugin root of fixture plugins: the good and throwing ones as built, and
/// variants of the good one with a doctored manifest.</summary>
internal sealed class FixturePlugins : IDisposable
{
    public FixturePlugins() => System.IO.Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ops-fixtures-" + Guid.NewGuid().ToString("N")[..10]);

    private static string Built(string id) => Path.Combine(OpsTestStore.RepoRoot, "artifacts", "fixtures", id);

    public FixturePlugins Good() => Copy("good", "good", _ => { });

    public FixturePlugins Throwing() => Copy("throwing", "throwing", _ => { });

    /// <summary>The plugin that runs whatever SQL it is given as itself (<c>ops snoop [--raw] SQL</c>).</summary>
    public FixturePlugins Snoop(Action<JsonObject>? edit = null) => Copy("snoop", "snoop", edit ?? (_ => { }));

    /// <summary>A copy of the good plugin under another id and command, with its manifest changed by <paramref name="edit"/>.</summary>
    public FixturePlugins Variant(string id, Action<JsonObject> edit) => Copy("good", id, m =>
    {
        m["id"] = id;
        m["commands"] = new JsonArray(new JsonObject { ["name"] = id + "-cmd", ["help"] = "variant " + id });
        m["permissions"] = new JsonArray();
        m["views"] = new JsonArray();
        edit(m);
    });

    public FixturePlugins Raw(string id, string manifestText)
    {
        var dir = Path.Combine(Root, id);
        System.IO.Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "plugin.json"), manifestText);
        return this;
    }

    private FixturePlugins Copy(string builtId, string id, Action<JsonObject> edit)
    {
        var source = Built(builtId);
        if (!System.IO.Directory.Exists(source)) throw new InvalidOperationException($"fixture {source} is not built; build tests/Ops.Host.Tests");
        var target = Path.Combine(Root, id);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
        var manifestPath = Path.Combine(target, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        edit(manifest);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        return this;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Root, true); }
        catch (IOException) { }
    }
}
