using NuGet.Versioning;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Sdk.Errors;

namespace Ops.Host.Install;

/// <summary>Installs, upgrades and removes plugins in the store's plugin folder, refusing conflicts
/// before anything is copied, and pinning every installed file by its SHA-256.</summary>
internal sealed class PluginInstaller(OpsSession s)
{
    public PluginEntry Install(string source) => Put(source, upgradeOf: null);

    public PluginEntry Upgrade(string id, string source) => Put(source, upgradeOf: id);

    public void Remove(string id)
    {
        var entry = s.Catalog.Find(id) ?? throw new NotFoundException($"no plugin '{id}' is installed", "see: ops plugins list");
        if (!IsInstalled(id))
            throw new ConflictException($"plugin '{id}' ships with ops and cannot be removed", $"disable it instead: ops plugins disable {id}");
        var dependents = s.Catalog.Entries.Where(e => e.Id != id && e.Manifest.Dependencies.Any(d => d.Id == id && !d.Optional)).Select(e => e.Id).ToList();
        if (dependents.Count > 0) throw new ConflictException($"{string.Join(", ", dependents)} need(s) '{id}'", "remove or disable them first");
        s.PluginStates.Change(() =>
        {
            s.Store.Execute("DELETE FROM ops_installed_plugins WHERE id = $Id", new { Id = id });
            s.PluginStates.Disable(id);
            s.Audit.Record("plugins.remove", ["plugin:" + id], details: entry.Manifest.Version);
            Directory.Delete(entry.Directory, recursive: true);
        });
    }

    private PluginEntry Put(string source, string? upgradeOf)
    {
        var root = s.InstalledPluginsRoot;
        Directory.CreateDirectory(root);
        var staging = Path.Combine(root, ".staging-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var staged = PluginSource.Stage(Path.GetFullPath(source), staging);
            Validate(staged, upgradeOf);
            var target = Path.Combine(root, staged.Id);
            var hashes = FileHashes.Of(staging);
            s.PluginStates.Change(() =>
            {
                s.Store.Execute("DELETE FROM ops_installed_plugins WHERE id = $Id", new { staged.Id });
                s.Store.Execute("""
                    INSERT INTO ops_installed_plugins (id, version, source, installed_at, installed_by)
                    VALUES ($Id, $Version, $Source, $At, $By)
                    """, new { staged.Id, staged.Manifest.Version, Source = Path.GetFullPath(source), At = s.Env.Clock.GetUtcNow(), By = s.Actor.RealLogin });
                foreach (var (path, sha) in hashes)
                    s.Store.Execute("INSERT INTO ops_plugin_files (plugin, path, sha256) VALUES ($Id, $Path, $Sha)", new { staged.Id, Path = path, Sha = sha });
                s.PluginStates.Enable(new PluginEntry(target, staged.Manifest));
                s.Audit.Record(upgradeOf is null ? "plugins.install" : "plugins.upgrade", ["plugin:" + staged.Id],
                    details: $"{staged.Manifest.Version} from {Path.GetFullPath(source)}");
                Swap(staging, target);
            });
            return s.Catalog.Find(staged.Id)!;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private void Validate(PluginEntry staged, string? upgradeOf)
    {
        var m = staged.Manifest;
        if (!VersionRange.Parse(m.Sdk).Satisfies(OpsSession.SdkVersion))
            throw new ConflictException($"plugin '{m.Id}' {m.Version} is built for SDK {m.Sdk}; this ops has SDK {OpsSession.SdkVersion}",
                "install a version built for this SDK, or upgrade ops");
        var existing = s.Catalog.Find(m.Id);
        if (upgradeOf is null && existing is not null)
            throw new ConflictException($"a plugin with id '{m.Id}' is already installed ({existing.Manifest.Version}, {existing.Directory})",
                $"upgrade it instead: ops plugins upgrade {m.Id} --from PATH");
        if (upgradeOf is not null)
        {
            if (m.Id != upgradeOf) throw new ConflictException($"the package holds plugin '{m.Id}', not '{upgradeOf}'");
            if (existing is null || !IsInstalled(upgradeOf))
                throw new NotFoundException($"plugin '{upgradeOf}' was not installed with ops plugins install", $"install it: ops plugins install PATH");
            if (existing.Version is { } current && NuGetVersion.Parse(m.Version) < current)
                throw new ConflictException($"'{m.Id}' {m.Version} is older than the installed {current}",
                    "a store migrated by a newer version must not be run by an older one; restore a backup to go back");
        }
        foreach (var c in m.Commands)
        {
            var owner = OtherDeclaring(m.Id, e => e.Manifest.Commands.Any(x => x.Name == c.Name));
            if (owner is not null) throw new ConflictException($"command '{c.Name}' is already provided by plugin '{owner.Id}'");
        }
        foreach (var v in m.Views)
        {
            var owner = OtherDeclaring(m.Id, e => e.Manifest.Views.Any(x => x.Name == v.Name));
            if (owner is not null) throw new ConflictException($"view '{v.Name}' is already published by plugin '{owner.Id}'");
        }
        foreach (var d in m.Dependencies.Where(d => !d.Optional))
        {
            var dep = s.Catalog.Find(d.Id);
            if (dep?.Version is null || !VersionRange.Parse(d.Version).Satisfies(dep.Version))
                throw new ConflictException($"plugin '{m.Id}' needs '{d.Id}' {d.Version}, which is {(dep is null ? "not installed" : dep.Manifest.Version + " here")}",
                    $"install {d.Id} first");
        }
    }

    private PluginEntry? OtherDeclaring(string id, Func<PluginEntry, bool> declares) =>
        s.Catalog.Entries.FirstOrDefault(e => e.Id != id && e.State != PluginState.Malformed && declares(e));

    private bool IsInstalled(string id) =>
        s.Store.Scalar<long>("SELECT count(*) FROM ops_installed_plugins WHERE id = $Id", new { Id = id }) > 0;

    /// <summary>Moves the staged folder into place; an existing one is moved aside first and deleted after.</summary>
    private static void Swap(string staging, string target)
    {
        var aside = target + ".old-" + Guid.NewGuid().ToString("N")[..8];
        if (Directory.Exists(target)) Directory.Move(target, aside);
        Directory.Move(staging, target);
        if (Directory.Exists(aside)) Directory.Delete(aside, recursive: true);
    }
}
