using System.Text;
using Ops.Mail.Targets;

namespace Ops.Mail.Files;

/// <summary>Writes generated files so that a reader (or a crash) never sees half of one: each file goes to a
/// temporary file in the same folder, is flushed, then renamed over the old one.</summary>
public static class AtomicWriter
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string directory, IReadOnlyList<GeneratedFile> files, IReadOnlyList<string> ownedFolders)
    {
        foreach (var f in files)
        {
            var target = Path.Combine(directory, f.Name);
            var folder = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(folder);
            var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(Utf8.GetBytes(f.Content));
                    stream.Flush(flushToDisk: true);
                }
                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
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
