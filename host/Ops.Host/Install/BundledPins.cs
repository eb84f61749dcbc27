namespace Ops.Host.Install;

/// <summary>The SHA-256 of every file of the plugins shipped with this host, recorded by the host build
/// (target OpsRecordBundledPins in Ops.Host.csproj) and embedded in ops.dll, keyed by plugin folder.</summary>
internal static class BundledPins
{
    private static readonly Lazy<IReadOnlyDictionary<string, Dictionary<string, string>>> Pins = new(Load);

    /// <summary>The recorded hashes of the files under <c>plugins/&lt;folder&gt;/</c>, or null when the build recorded none.</summary>
    public static IReadOnlyDictionary<string, string>? For(string folder) => Pins.Value.GetValueOrDefault(folder);

    /// <summary>The folders the build recorded pins for.</summary>
    public static IEnumerable<string> Folders => Pins.Value.Keys;

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        var pins = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        using var stream = typeof(BundledPins).Assembly.GetManifestResourceStream("ops.bundled-plugins.pins");
        if (stream is null) return pins;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) continue;
            var path = line[(space + 1)..].Replace('\\', '/');
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0) continue;
            var folder = path[..slash];
            if (!pins.TryGetValue(folder, out var files)) pins[folder] = files = new Dictionary<string, string>(StringComparer.Ordinal);
            files[path[(slash + 1)..]] = line[..space].ToLowerInvariant();
        }
        return pins;
    }
}
