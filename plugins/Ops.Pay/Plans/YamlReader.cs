using System.Globalization;
using Ops.Sdk.Errors;
using YamlDotNet.RepresentationModel;

namespace Ops.Pay.Plans;

/// <summary>Typed reads from a YAML mapping that record every problem with file, line and field
/// instead of stopping at the first one.</summary>
internal sealed class YamlReader(string file)
{
    public List<InputError> Errors { get; } = [];
    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    public void Error(YamlNode? node, string field, string problem, string fix) =>
        Errors.Add(new InputError(file, node is null ? 0 : (int)node.Start.Line, field, problem, fix));

    public void Error(string field, string problem, string fix) =>
        Errors.Add(new InputError(file, Lines.GetValueOrDefault(field), field, problem, fix));

    /// <summary>Reports keys that the schema does not know (a typo would otherwise be silently ignored).</summary>
    public void OnlyKeys(YamlMappingNode map, string path, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                Error(key, Join(path, name), $"unknown field '{name}'", $"use one of: {string.Join(", ", known)}");
        }
    }

    public YamlNode? Node(YamlMappingNode map, string path, string key, bool required)
    {
        var field = Join(path, key);
        foreach (var (k, node) in map.Children)
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                // The key's line: for a block mapping the value starts on the next line.
                Lines[field] = (int)k.Start.Line;
                return node;
            }
        if (required) Error(map, field, $"'{field}' is missing", $"add '{key}:'");
        return null;
    }

    public YamlMappingNode? Map(YamlMappingNode map, string path, string key, bool required = false)
    {
        var node = Node(map, path, key, required);
        if (node is null or YamlMappingNode) return node as YamlMappingNode;
        Error(node, Join(path, key), $"'{Join(path, key)}' must be a mapping of fields", $"write it as '{key}:' followed by indented fields");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string path, string key, bool required = false)
    {
        var node = Node(map, path, key, required);
        if (node is null or YamlSequenceNode) return node as YamlSequenceNode;
        Error(node, Join(path, key), $"'{Join(path, key)}' must be a list", "write each item on its own line starting with '- '");
        return null;
    }

    public string? Text(YamlMappingNode map, string path, string key, bool required = false)
    {
        var node = Node(map, path, key, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { Length: > 0 } v }) return v;
        Error(node, Join(path, key), $"'{Join(path, key)}' must be a non-empty text", $"write {key}: VALUE");
        return null;
    }

    /// <summary>A decimal that may not be negative (no plan rule makes sense with a negative number).</summary>
    public decimal? Amount(YamlMappingNode map, string path, string key, bool required = false) =>
        Number(Node(map, path, key, required), Join(path, key));

    public decimal? Number(YamlNode? node, string field)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v } && decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            if (d >= 0) return d;
            Error(node, field, $"'{field}' is negative ({v})", "rates, amounts and percents are zero or more; a cut belongs under reductions");
            return null;
        }
        Error(node, field, $"'{field}' is not a number", "write a number with a dot for decimals, e.g. 12500.50");
        return null;
    }

    public int? Whole(YamlMappingNode map, string path, string key, bool required = false)
    {
        var node = Node(map, path, key, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i > 0)
            return i;
        Error(node, Join(path, key), $"'{Join(path, key)}' must be a whole number above zero", $"write e.g. {key}: 12");
        return null;
    }

    public bool? Flag(YamlMappingNode map, string path, string key)
    {
        var node = Node(map, path, key, false);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: "true" or "false" } s) return s.Value == "true";
        Error(node, Join(path, key), $"'{Join(path, key)}' must be true or false", $"write {key}: true");
        return null;
    }

    public DateOnly? Date(YamlMappingNode map, string path, string key, bool required = false)
    {
        var node = Node(map, path, key, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v } && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        Error(node, Join(path, key), $"'{Join(path, key)}' is not a date", "write it as YYYY-MM-DD");
        return null;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
