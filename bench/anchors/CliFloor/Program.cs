using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;

// CliFloor help PLUGINS NAME...    the top-level help of a tree of the commands NAME... (descriptions from the
//                                  manifests under PLUGINS, read as ops reads them), printed by System.CommandLine
// CliFloor store PLUGINS STORE     the same manifests read, then the plugins' rows of an Ops store listed
if (args.Length < 2 || args[0] is not ("help" or "store"))
{
    Console.Error.WriteLine("usage: CliFloor help PLUGINS NAME... | CliFloor store PLUGINS STORE");
    return 2;
}
var described = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var dir in Directory.EnumerateDirectories(args[1]).Order(StringComparer.Ordinal))
{
    using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "plugin.json")),
        new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false });
    foreach (var command in manifest.RootElement.GetProperty("commands").EnumerateArray())
        described[command.GetProperty("name").GetString()!] = command.GetProperty("help").GetString()!;
}
if (args[0] == "store")
{
    var connection = new SqliteConnectionStringBuilder { DataSource = args[2], Mode = SqliteOpenMode.ReadWrite, Pooling = false };
    using var store = new SqliteConnection(connection.ToString());
    store.Open();
    using var query = store.CreateCommand();
    query.CommandText = "SELECT id, enabled FROM ops_plugins ORDER BY id";
    using var rows = query.ExecuteReader();
    while (rows.Read()) Console.WriteLine($"{rows.GetString(0)}  {(rows.GetInt64(1) == 1 ? "enabled" : "disabled")}  {described.Count} commands");
    return 0;
}
var root = new RootCommand("The start-up floor: the top-level help of the same commands as ops");
root.Options.Add(new Option<string>("--db") { Description = "The store to use", HelpName = "PATH", Recursive = true });
root.Options.Add(new Option<string>("--as") { Description = "Act as another staff member", HelpName = "LOGIN", Recursive = true });
foreach (var name in args.Skip(2))
    root.Subcommands.Add(new Command(name, described.GetValueOrDefault(name, "A host command of ops, with a description about as long as theirs")));
return root.Parse(["--help"]).Invoke();
