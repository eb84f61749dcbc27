using System.Reflection;
using System.Runtime.Loader;

namespace Ops.Host.Catalog;

/// <summary>One plugin's assemblies, in a load context of its own. An assembly the host ships (Ops.Sdk,
/// System.CommandLine, ADO.NET, the framework, any library of the host's) is always the host's copy, so the types a
/// plugin and the host exchange are one type; everything else comes from the plugin's folder as its
/// <c>.deps.json</c> says (the runtime's own resolver, which also finds satellite and native libraries).</summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly Lazy<HashSet<string>> HostAssemblies = new(ReadHostAssemblies);
    private readonly AssemblyDependencyResolver _resolver;

    public PluginLoadContext(string pluginId, string entryAssemblyPath) : base($"plugin:{pluginId}")
    {
        _resolver = new AssemblyDependencyResolver(entryAssemblyPath);
    }

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name is { } simple && HostAssemblies.Value.Contains(simple))
        {
            try { return Default.LoadFromAssemblyName(name); }
            catch (FileLoadException) { /* the host's copy is older than the plugin asks for: use the plugin's */ }
            catch (FileNotFoundException) { }
        }
        return _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    // The host's own assemblies and the framework's: the runtime's trusted list, by simple name.
    private static HashSet<string> ReadHostAssemblies()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
            foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                names.Add(Path.GetFileNameWithoutExtension(path));
        return names;
    }
}
