using System.Security.Cryptography;
using System.Text;
using Ops.Sdk.Departure;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Host.Commands.Case;

/// <summary>The pack on disk: its files plus <see cref="Manifest"/>, one line per file in the format of <c>sha256sum</c>
/// (<c>HASH  NAME</c>), so a lawyer's expert can check it with <c>sha256sum -c SHA256SUMS</c> and no Ops at all.</summary>
internal static class CasePack
{
    public const string Manifest = "SHA256SUMS";

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string ManifestText(IEnumerable<EvidenceFile> files) =>
        string.Concat(files.OrderBy(f => f.FileName, StringComparer.Ordinal).Select(f => $"{Sha256(f.Content.Span)}  {f.FileName}\n"));

    /// <summary>Refuses, before any work, a folder that holds anything (a pack is never written over or among other files) or
    /// lies in the store's folder. Creates nothing; returns the full path.</summary>
    public static string Check(OutputFiles output, string folder)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full)) throw new ConflictException($"{folder} is a file", "name a new folder for the pack");
        output.Check(Path.Combine(full, Manifest));
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new ConflictException($"{folder} is not empty; a pack is written only into a new or empty folder", "name a new folder, e.g. --out case-LOGIN");
        return full;
    }

    /// <summary>Writes every file, then the manifest last, so a pack with a manifest is complete.</summary>
    public static void Write(OutputFiles output, string folder, IReadOnlyList<EvidenceFile> files, string manifest)
    {
        output.Folder(folder);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var f in files) output.Write(Path.Combine(folder, f.FileName), stream => stream.Write(f.Content.Span));
        output.WriteText(Path.Combine(folder, Manifest), manifest);
    }

    /// <summary>One difference between the folder and its manifest.</summary>
    public sealed record Difference(string File, string State);

    /// <summary>Every file changed, missing or added since the manifest was written.</summary>
    public static List<Difference> Verify(string folder)
    {
        if (!Directory.Exists(folder)) throw new NotFoundException($"no folder '{folder}'", "give the folder ops case export wrote");
        var manifestPath = Path.Combine(folder, Manifest);
        if (!File.Exists(manifestPath))
            throw new NotFoundException($"{folder} has no {Manifest}, so it is not an evidence pack (or its manifest was removed)",
                "give the folder ops case export wrote");
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        var differences = new List<Difference>();
        var lineNo = 0;
        foreach (var line in File.ReadAllLines(manifestPath, Encoding.UTF8))
        {
            lineNo++;
            if (line.Length < 67 || line[64] != ' ' || line[65] != ' ' || !line[..64].All(Uri.IsHexDigit) || line[66..].Contains('/'))
            {
                differences.Add(new Difference($"{Manifest}:{lineNo}", "malformed"));
                continue;
            }
            listed[line[66..]] = line[..64];
        }
        foreach (var (name, hash) in listed.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path)) differences.Add(new Difference(name, "missing"));
            else if (!string.Equals(Sha256(File.ReadAllBytes(path)), hash, StringComparison.OrdinalIgnoreCase)) differences.Add(new Difference(name, "changed"));
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, entry);
            if (name != Manifest && !listed.ContainsKey(name)) differences.Add(new Difference(name, "added"));
        }
        return differences;
    }
}
