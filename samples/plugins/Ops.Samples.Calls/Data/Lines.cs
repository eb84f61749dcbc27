using Ops.Sdk.Store;

namespace Ops.Samples.Calls.Data;

/// <summary>A line of the firm's PBX as registered with <c>calls lines add</c>.</summary>
internal sealed record Line(string Name, string Kind, string? Login, bool Corporate, bool Recorded, string? Note, string AddedOn);

internal static class Lines
{
    public const string Select = "SELECT line, kind, login, corporate, recorded, note, added_on FROM calls_lines";

    public static Line Read(System.Data.Common.DbDataReader r) => new(
        r.Text("line"), r.Text("kind"), r.TextOrNull("login"), r.Flag("corporate"), r.Flag("recorded"), r.TextOrNull("note"), r.Text("added_on"));

    public static Dictionary<string, Line> All(IStore store) =>
        store.Query(Select, Read).ToDictionary(l => l.Name, StringComparer.Ordinal);

    /// <summary>Lines are matched as the PBX writes them; only surrounding blanks are dropped.</summary>
    public static string? Problem(string name) =>
        name.Length == 0 ? "the line is empty"
        : name.Length > 64 ? "the line name is longer than 64 characters"
        : name.Any(char.IsControl) ? "the line name contains control characters"
        : null;
}
