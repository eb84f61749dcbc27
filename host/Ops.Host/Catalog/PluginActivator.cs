using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Host.Catalog;

/// <summary>Loads a plugin's entry assembly into a load context of its own (<see cref="PluginLoadContext"/>: the
/// Ops.Sdk, System.CommandLine and ADO.NET types are shared with the host) and creates its entry type.</summary>
internal sealed class PluginActivator(Func<PluginEntry, string?> tamperCheck)
{
    private readonly Dictionary<string, IOpsPlugin> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _verified = new(StringComparer.Ordinal);

    /// <summary>The plugin's entry object. A failure marks the entry FailedToLoad and throws <see cref="UnavailableException"/>.</summary>
    public IOpsPlugin Load(PluginEntry entry)
    {
        if (_loaded.TryGetValue(entry.Id, out var plugin)) return plugin;
        Verify(entry);
        try
        {
            if (!File.Exists(entry.EntryAssemblyPath))
                throw new FileNotFoundException($"entry assembly {entry.EntryAssemblyPath} does not exist");
            var assembly = new PluginLoadContext(entry.Id, entry.EntryAssemblyPath).LoadFromAssemblyPath(entry.EntryAssemblyPath);
            var types = assembly.GetExportedTypes()
                .Where(t => typeof(IOpsPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (types.Count != 1)
                throw new InvalidOperationException(
                    $"{Path.GetFileName(entry.EntryAssemblyPath)} must export exactly one IOpsPlugin type; found {types.Count}");
            plugin = (IOpsPlugin)Activator.CreateInstance(types[0])!;
        }
        catch (Exception e) when (e is not OpsException)
        {
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } ie } ? ie : e;
            entry.State = PluginState.FailedToLoad;
            entry.Reason = $"{inner.GetType().Name}: {inner.Message}";
            throw new UnavailableException($"plugin '{entry.Id}' failed to load: {entry.Reason}",
                $"reinstall it or disable it with: ops plugins disable {entry.Id}");
        }
        _loaded[entry.Id] = plugin;
        return plugin;
    }

    /// <summary>Throws <see cref="UnavailableException"/> unless the plugin is usable and its files are the ones
    /// pinned (a difference marks it Tampered): before anything from its folder is used, code or migrations.</summary>
    public void Verify(PluginEntry entry)
    {
        if (entry.IsUsable && !_verified.Contains(entry.Id))
        {
            if (tamperCheck(entry) is { } tampered)
            {
                entry.State = PluginState.Tampered;
                entry.Reason = tampered;
            }
            else _verified.Add(entry.Id);
        }
        if (!entry.IsUsable)
            throw new UnavailableException($"plugin '{entry.Id}' is {entry.State.Text()}: {entry.Reason}");
    }
}
