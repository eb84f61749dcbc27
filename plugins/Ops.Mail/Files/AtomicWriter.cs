using System.Text;
using Ops.Mail.Targets;
using Ops.Sdk.Output;

namespace Ops.Mail.Files;

/// <summary>Writes generated files through the SDK's <see cref="OutputFiles"/>, so that a reader (or a crash) never sees
/// half of one and an existing file is replaced only when asked (<c>--force</c>); then removes stale ones.</summary>
public static class AtomicWriter
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Refuses, before anything is written, a target that exists (unless <paramref name="force"/>) or lies beside the store.</summary>
    public static void Check(OutputFiles output, string directory, IReadOnlyList<GeneratedFile> files, bool force)
    {
        output.Folder(directory);
        foreach (var f in files) output.Check(Path.Combine(directory, f.Name), force);
    }

    public static void Write(OutputFiles output, string directory, IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedFolders, bool force)
    {
        foreach (var f in files) output.WriteText(Path.Combine(directory, f.Name), f.Content, force);
        if (!force) return;   // stale files are only removed where replacing was asked for
        foreach (var stale in Stale(directory, files, ownedFolders)) File.Delete(stale);
    }

    /// <summary>Files in the owned folders that are not among <paramref name="files"/> (compiled .svbin next to a
    /// generated script are not stale).</summary>
    public static IEnumerable<string> Stale(string directory, IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedFolders)
    {
        var wanted = files.Select(f => Path.GetFullPath(Path.Combine(directory, f.Name))).ToHashSet(StringComparer.Ordinal);
        foreach (var owned in ownedFolders)
        {
            var folder = Path.Combine(directory, owned);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                var full = Path.GetFullPath(file);
                if (wanted.Contains(full)) continue;
                if (full.EndsWith(".svbin", StringComparison.Ordinal) && wanted.Contains(full[..^".svbin".Length] + ".sieve")) continue;
                yield return full;
            }
        }
    }
}
