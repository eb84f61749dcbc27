using System.Reflection;
using System.Runtime.Loader;
using Ops.Host.Catalog;
using Ops.Sdk;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A plugin's load context: the host's copy of every library the host has, the plugin's own of the rest.</summary>
public sealed class PluginLoadContextTests
{
    [Fact]
    public void A_plugin_gets_the_hosts_copy_of_a_library_both_ship_and_its_own_copy_of_the_rest()
    {
        var entry = Path.Combine(OpsTestStore.HostOutDir, "plugins", "docs", "Ops.Documents.dll");
        var context = new PluginLoadContext("docs", entry);

        var plugin = context.LoadFromAssemblyPath(entry);
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(plugin));
        // The documents plugin ships Scriban.Signed too; the host's is the one it runs with.
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(entry)!, "Scriban.Signed.dll")));
        Assert.Same(AssemblyLoadContext.Default,
            AssemblyLoadContext.GetLoadContext(context.LoadFromAssemblyName(new AssemblyName("Scriban.Signed"))));
        var openXml = context.LoadFromAssemblyName(new AssemblyName("DocumentFormat.OpenXml"));
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(openXml));
        Assert.Equal(Path.GetDirectoryName(entry), Path.GetDirectoryName(openXml.Location));
        Assert.Contains(plugin.GetExportedTypes(), t => typeof(IOpsPlugin).IsAssignableFrom(t));
    }

    [Fact]
    public void A_plugin_that_brings_its_own_Ops_Sdk_still_runs_with_the_hosts()
    {
        var dir = Directory.CreateTempSubdirectory("ops-plugin-context-").FullName;
        try
        {
            BringsItsOwnSdk(dir);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static void BringsItsOwnSdk(string dir)
    {
        var fixture = Path.Combine(OpsTestStore.RepoRoot, "artifacts", "fixtures", "good");
        foreach (var file in Directory.GetFiles(fixture)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var sdk = typeof(IOpsPlugin).Assembly;
        File.Copy(sdk.Location, Path.Combine(dir, "Ops.Sdk.dll"));
        // Its .deps.json names the copy, so the runtime's resolver would hand it out.
        var deps = Path.Combine(dir, "Ops.Fixtures.Good.deps.json");
        File.WriteAllText(deps, File.ReadAllText(deps).Replace("\"Ops.Fixtures.Good.dll\": {}", "\"Ops.Fixtures.Good.dll\": {}, \"Ops.Sdk.dll\": {}"));
        var entry = Path.Combine(dir, "Ops.Fixtures.Good.dll");
        var context = new PluginLoadContext("good", entry);
        Assert.Equal(Path.Combine(dir, "Ops.Sdk.dll"), new AssemblyDependencyResolver(entry).ResolveAssemblyToPath(sdk.GetName()));

        var plugin = context.LoadFromAssemblyPath(entry);
        var type = Assert.Single(plugin.GetExportedTypes(), t => typeof(IOpsPlugin).IsAssignableFrom(t));
        Assert.IsAssignableFrom<IOpsPlugin>(Activator.CreateInstance(type));
        Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == "Ops.Sdk");
    }
}
