using System.Text.Json;

namespace Ops.Host.Catalog;

/// <summary>Reads plugin.json with <see cref="JsonDocument"/>. The serializer would do the same in one line, but
/// its first use costs more start-up time than everything else ops does before printing help.</summary>
internal static class ManifestJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Two values for one key would leave it to the reader which one counts; a manifest must say one thing.
        AllowDuplicateProperties = false,
    };

    public static PluginManifest Parse(byte[] json)
    {
        using var doc = JsonDocument.Parse(json, Options);
        var root = Object(doc.RootElement, "the manifest");
        return new PluginManifest
        {
            Id = Text(root, "id"),
            Version = Text(root, "version"),
            Sdk = Text(root, "sdk"),
            Description = Text(root, "description"),
            EntryAssembly = Text(root, "entryAssembly"),
            Commands = List(root, "commands", e => new ManifestCommand { Name = Text(e, "name"), Help = Text(e, "help") }),
            Permissions = List(root, "permissions", e => new ManifestPermission
            {
                Id = Text(e, "id"),
                Description = Text(e, "description"),
                Defaults = Object(e, "each permission").TryGetProperty("defaults", out var d)
                    ? Object(d, "defaults").EnumerateObject().ToDictionary(p => p.Name, p => Scalar(p.Value, p.Name))
                    : [],
            }),
            Dependencies = List(root, "dependencies", e => new ManifestDependency
            {
                Id = Text(e, "id"),
                Version = Text(e, "version"),
                Optional = Object(e, "each dependency").TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True,
            }),
            Views = List(root, "views", e => new ManifestView { Name = Text(e, "name"), Description = Text(e, "description") }),
            Prerequisites = List(root, "prerequisites", e => Scalar(e, "prerequisites")),
            RiskChecks = root.TryGetProperty("riskChecks", out var r) && r.ValueKind == JsonValueKind.True,
        };
    }

    private static string Text(JsonElement parent, string name) =>
        Object(parent, "each entry").TryGetProperty(name, out var value) ? Scalar(value, name) : "";

    private static string Scalar(JsonElement value, string name) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : throw new JsonException($"'{name}' must be a string");

    private static JsonElement Object(JsonElement value, string name) => value.ValueKind == JsonValueKind.Object
        ? value
        : throw new JsonException($"{name} must be a JSON object");

    private static List<T> List<T>(JsonElement parent, string name, Func<JsonElement, T> map)
    {
        if (!parent.TryGetProperty(name, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array) throw new JsonException($"'{name}' must be an array");
        return value.EnumerateArray().Select(map).ToList();
    }
}
