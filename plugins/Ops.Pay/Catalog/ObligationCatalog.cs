using System.Reflection;
using Ops.Pay.Plans;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ops.Pay.Catalog;

/// <summary>The statutory obligations catalog: a versioned YAML file (docs/calendar.md). The one shipped with the
/// plugin (Catalog/obligations.yaml) is used until a firm loads a newer version with <c>ops pay obligations load</c>.</summary>
internal sealed record ObligationCatalog(string Version, DateOnly ValidFrom, string Source, IReadOnlyList<Obligation> Obligations, string Origin)
{
    private static readonly string[] Every = ["month", "quarter", "year"];

    /// <summary>The catalog in force: the latest loaded into the store, else the shipped one.</summary>
    public static ObligationCatalog InForce(IStore store)
    {
        var loaded = store.Query("SELECT version, yaml FROM pay_catalogs ORDER BY id DESC LIMIT 1", r => (Version: r.GetString(0), Yaml: r.GetString(1))).FirstOrDefault();
        return loaded.Yaml is { } yaml ? Parse($"catalog {loaded.Version} (loaded)", yaml) with { Origin = "loaded" } : Shipped();
    }

    public static ObligationCatalog Shipped()
    {
        using var stream = typeof(ObligationCatalog).Assembly.GetManifestResourceStream("pay.obligations.yaml")!;
        using var reader = new StreamReader(stream);
        return Parse("obligations.yaml (shipped)", reader.ReadToEnd()) with { Origin = "shipped" };
    }

    /// <summary>Reads and checks a catalog; every problem is reported with its line, nothing is half-read.</summary>
    public static ObligationCatalog Parse(string file, string text)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e) { throw new InvalidInputException($"{file}:{e.Start.Line}: not valid YAML: {e.Message}", "fix the YAML syntax"); }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidInputException($"{file}: not a catalog (one YAML mapping with catalog, version, obligations)", "see the format in docs/calendar.md");
        var y = new YamlReader(file);
        y.OnlyKeys(root, "", "catalog", "version", "valid_from", "source", "obligations");
        y.Text(root, "", "catalog", required: true);
        var version = y.Text(root, "", "version", required: true) ?? "";
        var validFrom = y.Date(root, "", "valid_from", required: true) ?? default;
        var source = y.Text(root, "", "source", required: true) ?? "";
        var list = new List<Obligation>();
        var seq = y.Sequence(root, "", "obligations", required: true);
        var i = 0;
        foreach (var node in seq?.Children ?? [])
        {
            var path = $"obligations[{i++}]";
            if (node is not YamlMappingNode m) { y.Error(node, path, "an obligation is not a mapping", "write code:, name:, basis:, applies:, every:, due:"); continue; }
            y.OnlyKeys(m, path, "code", "name", "basis", "applies", "every", "periods", "due");
            var code = y.Text(m, path, "code", required: true) ?? "";
            if (code.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z0-9][a-z0-9._-]{0,60}$"))
                y.Error(m, path + ".code", $"code '{code}' is not valid", "use lower-case letters, digits, '.', '_' and '-'");
            if (list.Any(o => o.Code == code)) y.Error(m, path + ".code", $"code '{code}' is used twice", "give each obligation its own code");
            var name = y.Text(m, path, "name", required: true) ?? "";
            var basis = y.Text(m, path, "basis", required: true) ?? "";
            var every = y.Text(m, path, "every", required: true) ?? "";
            if (every.Length > 0 && !Every.Contains(every)) y.Error(m, path + ".every", $"'{every}' is not month, quarter or year", "use month, quarter or year");
            var applies = ReadApplies(y, m, path);
            List<int>? periods = null;
            if (y.Sequence(m, path, "periods") is { } ps)
            {
                periods = [];
                foreach (var p in ps.Children)
                    if (y.Number(p, path + ".periods") is { } n && n == Math.Floor(n) && n is >= 1 and <= 12) periods.Add((int)n);
                    else y.Error(p, path + ".periods", $"'{p}' is not a month 1–12", "list the months that end a reporting period, e.g. [3, 6, 9]");
            }
            var due = y.Map(m, path, "due", required: true);
            int monthsAfter = 0, day = 0;
            if (due is not null)
            {
                y.OnlyKeys(due, path + ".due", "months_after", "day");
                var after = y.Number(y.Node(due, path + ".due", "months_after", required: true), path + ".due.months_after");
                monthsAfter = after is { } n && n == Math.Floor(n) ? (int)n : -1;
                day = y.Whole(due, path + ".due", "day", required: true) ?? 0;
                if (monthsAfter is < 0 or > 12) y.Error(due, path + ".due.months_after", $"months_after {after} is not a whole number 0–12", "use 0 (the period's own month) to 12");
                if (day is < 1 or > 31) y.Error(due, path + ".due.day", $"{day} is not a day of a month", "use 1 to 31 (clamped to the month's length)");
            }
            list.Add(new Obligation(code, name, basis, applies, every, periods, monthsAfter, day));
        }
        InputError.ThrowIfAny(y.Errors);
        return new ObligationCatalog(version, validFrom, source, list, "file");
    }

    private static Applies ReadApplies(YamlReader y, YamlMappingNode m, string path)
    {
        var a = y.Map(m, path, "applies");
        if (a is null) return new Applies(null, null, null, null);
        var p = path + ".applies";
        y.OnlyKeys(a, p, "legal_form", "regime", "employer", "vat_payer");
        List<string>? Strings(string key, string[] allowed)
        {
            if (y.Sequence(a, p, key) is not { } s) return null;
            var values = s.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToList();
            foreach (var v in values.Where(v => !allowed.Contains(v)))
                y.Error(s, p + "." + key, $"'{v}' is not one of {string.Join(", ", allowed)}", $"use {string.Join(", ", allowed)}");
            return values;
        }
        return new Applies(Strings("legal_form", ["ООО", "АО", "ИП"]), Strings("regime", ["ОСНО", "УСН", "ПСН", "АУСН"]),
            y.Flag(a, p, "employer"), y.Flag(a, p, "vat_payer"));
    }
}
