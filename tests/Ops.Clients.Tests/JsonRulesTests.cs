using System.Text.Json;
using System.Text.RegularExpressions;
using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>docs/output.md's JSON rules, checked on every listing a store offers: found by walking the help pages,
/// run with <c>--format json</c>, parsed with a real parser. Missing values are <c>null</c>, never <c>""</c>; every
/// timestamp is RFC 3339 in UTC with <c>Z</c>.</summary>
public sealed partial class JsonRulesTests
{
    [Fact]
    public void Every_listing_writes_null_for_missing_values_and_utc_z_timestamps()
    {
        using var store = OpsTestStore.Create();
        store.AddStaff("dir", "director", name: "Директор");
        store.AddStaff("anna", "accountant", team: "north");
        store.AddStaff("boris", "accountant", team: "south");
        store.Run("clients", "import", store.WriteFile("firm.csv", Firm.Csv.Replace(",lena,", ",anna,"))).ShouldSucceed();
        store.RunAs("anna", "clients", "list").ShouldSucceed();

        var checkedListings = new List<string>();
        var problems = new List<string>();
        foreach (var command in Leaves(store, []))
        {
            var help = store.Run([.. command, "--help"]).Out;
            if (!help.Contains("--format", StringComparison.Ordinal) || RequiredArgument().IsMatch(UsageLine(help))) continue;
            var result = store.Run([.. command, "--format", "json"]);
            if (result.ExitCode is not (0 or 1) || result.Out.Length == 0) continue;   // needs options this store cannot give
            checkedListings.Add(string.Join(' ', command));
            Walk(result.Json(), string.Join(' ', command), problems);
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        foreach (var listing in new[] { "clients list", "staff list", "audit list", "plugins list", "access grants" })
            Assert.Contains(listing, checkedListings);
    }

    private static void Walk(JsonElement e, string where, List<string> problems, string path = "$")
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Walk(p.Value, where, problems, path + "." + p.Name);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray()) Walk(item, where, problems, $"{path}[{i++}]");
                break;
            case JsonValueKind.String:
                var s = e.GetString()!;
                if (s.Length == 0) problems.Add($"{where}: {path} is \"\" (a missing value is null)");
                else if (LooksLikeTimestamp().IsMatch(s) && !Rfc3339Utc().IsMatch(s)) problems.Add($"{where}: {path} = {s} is not RFC 3339 UTC with Z");
                break;
        }
    }

    private static IEnumerable<string[]> Leaves(OpsTestStore store, string[] command)
    {
        var help = store.Run([.. command, "--help"]).Out;
        var subcommands = Subcommands(help).ToList();
        if (subcommands.Count == 0) { if (command.Length > 0) yield return command; yield break; }
        foreach (var sub in subcommands)
            foreach (var leaf in Leaves(store, [.. command, sub])) yield return leaf;
    }

    private static IEnumerable<string> Subcommands(string help)
    {
        var inCommands = false;
        foreach (var line in help.Split('\n'))
        {
            if (line.TrimEnd() == "Commands:") { inCommands = true; continue; }
            if (!inCommands) continue;
            if (!line.StartsWith("  ", StringComparison.Ordinal)) { if (line.Trim().Length > 0) yield break; continue; }
            if (line.StartsWith("   ", StringComparison.Ordinal)) continue;   // a wrapped description
            yield return line.Trim().Split(' ', 2)[0];
        }
    }

    private static string UsageLine(string help) =>
        help.Split('\n').SkipWhile(l => !l.StartsWith("Usage:", StringComparison.Ordinal)).Skip(1).FirstOrDefault() ?? "";

    [GeneratedRegex(@"<[A-Za-z_-]+>")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")]
    private static partial Regex LooksLikeTimestamp();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex Rfc3339Utc();
}
