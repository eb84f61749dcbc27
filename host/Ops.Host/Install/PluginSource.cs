using System.IO.Compression;
using Ops.Host.Catalog;
using Ops.Sdk.Errors;

namespace Ops.Host.Install;

/// <summary>A plugin to install: a built plugin folder, or a .nupkg whose <c>plugin/</c> folder holds one.
/// Either is staged into a fresh folder next to its destination so that the final move is a rename.</summary>
internal static class PluginSource
{
    public const string PackageFolder = "plugin/";

    /// <summary>Copies or extracts <paramref name="path"/> into <paramref name="staging"/> and reads its manifest.</summary>
    public static PluginEntry Stage(string path, string staging)
    {
        Directory.CreateDirectory(staging);
        if (Directory.Exists(path)) CopyDirectory(path, staging);
        else if (File.Exists(path) && path.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase)) Extract(path, staging);
        else throw new NotFoundException($"'{path}' is neither a plugin folder nor a .nupkg file",
            "give the folder holding plugin.json, or the package made by dotnet pack");
        if (!File.Exists(Path.Combine(staging, ManifestReader.FileName)))
            throw new InvalidInputException($"'{path}' has no {ManifestReader.FileName}", "a plugin folder or package must contain its manifest");
        var entry = ManifestReader.Read(staging);
        if (entry.State == PluginState.Malformed) throw new InvalidInputException($"the manifest in '{path}' is malformed: {entry.Reason}");
        if (!File.Exists(entry.EntryAssemblyPath))
            throw new InvalidInputException($"'{path}' does not contain its entry assembly {entry.Manifest.EntryAssembly}");
        return entry;
    }

    /// <summary>The largest package file accepted (docs/plugins.md).</summary>
    public const long MaxPackageBytes = 64L << 20;

    /// <summary>The most the plugin folder of a package may hold once extracted (docs/plugins.md).</summary>
    public const long MaxExtractedBytes = 256L << 20;

    /// <summary>The most files a package's plugin folder may hold.</summary>
    public const int MaxFiles = 2000;

    private static void Extract(string package, string staging)
    {
        var root = Path.GetFullPath(staging) + Path.DirectorySeparatorChar;
        var size = new FileInfo(package).Length;
        if (size > MaxPackageBytes)
            throw new InvalidInputException($"{package} is {size >> 20} MiB; a plugin package may be at most {MaxPackageBytes >> 20} MiB",
                "a plugin ships its own assemblies only: leave Ops.Sdk, System.CommandLine and the runtime out of the package");
        using var zip = Open(package);
        var entries = zip.Entries.Where(e => e.FullName.StartsWith(PackageFolder, StringComparison.Ordinal) && e.Name.Length > 0).ToList();
        if (entries.Count == 0)
            throw new InvalidInputException($"{package} has no '{PackageFolder}' folder: it is not an Ops plugin package",
                "pack the plugin project with dotnet pack (its build adds the plugin folder)");
        if (entries.Count > MaxFiles || entries.Sum(e => e.Length) > MaxExtractedBytes)
            throw new InvalidInputException(
                $"{package} would extract to {entries.Count} files, {entries.Sum(e => e.Length) >> 20} MiB; the limit is {MaxFiles} files, {MaxExtractedBytes >> 20} MiB",
                "a plugin ships its own assemblies only; check that the package is the one dotnet pack made");
        foreach (var e in entries)
        {
            var target = Path.GetFullPath(Path.Combine(staging, Uri.UnescapeDataString(e.FullName[PackageFolder.Length..])));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new InvalidInputException($"{package} contains '{e.FullName}', which points outside the plugin folder; refused");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try { e.ExtractToFile(target); }
            catch (InvalidDataException x)
            {
                throw new InvalidInputException($"{package} is damaged: '{e.FullName}' cannot be extracted ({x.Message})",
                    "pack the plugin again with dotnet pack");
            }
        }
    }

    private static ZipArchive Open(string package)
    {
        try
        {
            return ZipFile.OpenRead(package);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidInputException($"{package} is not a valid .nupkg (zip) file: {e.Message}",
                "give the package made by dotnet pack, or the built plugin folder");
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }
}
