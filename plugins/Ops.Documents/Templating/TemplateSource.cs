using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Ops.Sdk.Store;

namespace Ops.Documents.Templating;

/// <summary>A template's text and where it comes from. Its first line declares the version:
/// <c>{{# version: 3 }}</c>. Raising it makes everyone sign the document again.</summary>
internal sealed record TemplateText(string Doc, string Lang, int Version, string Body, string Origin)
{
    /// <summary>The file name used on disk and in messages: <c>ru/nda.sbn</c>.</summary>
    public string FileName => $"{Lang}/{Doc}.sbn";
}

/// <summary>The templates in force: the firm's imported ones where present, else the built-in ones.</summary>
internal static partial class TemplateSource
{
    private static readonly ConcurrentDictionary<string, TemplateText> BuiltInCache = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*\{\{#\s*version\s*:\s*(\d{1,6})\s*\}\}")]
    private static partial Regex VersionLine();

    /// <summary>The declared version, or null when the first line does not declare one.</summary>
    public static int? VersionOf(string body)
    {
        var m = VersionLine().Match(body);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public static TemplateText BuiltIn(string doc, string lang) => BuiltInCache.GetOrAdd(doc + "/" + lang, _ =>
    {
        var name = $"templates/{lang}/{doc}.sbn";
        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"built-in template {name} is missing from the plugin");
        using var reader = new StreamReader(stream);
        var body = reader.ReadToEnd().Replace("\r\n", "\n");
        return new TemplateText(doc, lang, VersionOf(body) ?? throw new InvalidOperationException($"{name} declares no version"), body, "built-in");
    });

    /// <summary>The template in force for a document and language.</summary>
    public static TemplateText Current(IStore store, string doc, string lang)
    {
        var firm = store.Query("SELECT version, body FROM docs_templates WHERE doc = $Doc AND lang = $Lang",
            r => new TemplateText(doc, lang, (int)r.GetInt64(0), r.GetString(1), "firm"), new { Doc = doc, Lang = lang }).FirstOrDefault();
        return firm ?? BuiltIn(doc, lang);
    }

    /// <summary>The version people sign: that of the Russian template in force (the languages share it).</summary>
    public static int CurrentVersion(IStore store, string doc) => Current(store, doc, "ru").Version;
}
