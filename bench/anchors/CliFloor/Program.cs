using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;

// CliFloor help PLUGINS NAME...    the top-level help of a tree of the commands NAME... (descriptions from the
//                                  manifests under PLUGINS, read as ops reads them), printed by System.CommandLine
// CliFloor store PLUGINS STORE     the same manifests read, then the plugins' rows of an Ops store listed
// CliFloor sqlite STORE            the plugins' rows listed, and nothing else: Microsoft.Data.Sqlite's own start-up
// CliFloor sqlite-raw STORE        the same through SQLitePCL, the native binding beneath Microsoft.Data.Sqlite
if (args.Length < 2 || args[0] is not ("help" or "store" or "sqlite" or "sqlite-raw"))
{
    Console.Error.WriteLine("usage: CliFloor help PLUGINS NAME... | CliFloor store PLUGINS STORE | CliFloor sqlite[-raw] STORE");
    return 2;
}
if (args[0] == "sqlite") return ListPlugins(args[1], 0);
if (args[0] == "sqlite-raw")
{
    SQLitePCL.Batteries_V2.Init();
    if (SQLitePCL.raw.sqlite3_open_v2(args[1], out var db, SQLitePCL.raw.SQLITE_OPEN_READWRITE, null) != 0) return 1;
    SQLitePCL.raw.sqlite3_prepare_v2(db, "SELECT id, enabled FROM ops_plugins ORDER BY id", out var statement);
    while (SQLitePCL.raw.sqlite3_step(statement) == SQLitePCL.raw.SQLITE_ROW)
        Console.WriteLine($"{SQLitePCL.raw.sqlite3_column_text(statement, 0).utf8_to_string()}  {(SQLitePCL.raw.sqlite3_column_int64(statement, 1) == 1 ? "enabled" : "disabled")}");
    SQLitePCL.raw.sqlite3_finalize(statement);
    SQLitePCL.raw.sqlite3_close_v2(db);
    return 0;
}
var described = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var dir in Directory.EnumerateDirectories(args[1]).Order(StringComparer.Ordinal))
{
    using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "plugin.json")),
        new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false });
    foreach (var command in manifest.RootElement.GetProperty("commands").EnumerateArray())
        described[command.GetProperty("name").GetString()!] = command.GetProperty("help").GetString()!;
}
if (args[0] == "store") return ListPlugins(args[2], described.Count);
var root = new RootCommand("The start-up floor: the top-level help of the same commands as ops");
root.Options.Add(new Option<string>("--db") { Description = "The store to use", HelpName = "PATH", Recursive = true });
root.Options.Add(new Option<string>("--as") { Description = "Act as another staff member", HelpName = "LOGIN", Recursive = true });
foreach (var name in args.Skip(2))
    root.Subcommands.Add(new Command(name, described.GetValueOrDefault(name, "A host command of ops, with a description about as long as theirs")));
return root.Parse(["--help"]).Invoke();

static int ListPlugins(string path, int commands)
{
    var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
    using var store = new SqliteConnection(connection.ToString());
    store.Open();
    using var query = store.CreateCommand();
    query.CommandText = "SELECT id, enabled FROM ops_plugins ORDER BY id";
    using var rows = query.ExecuteReader();
    while (rows.Read()) Console.WriteLine($"{rows.GetString(0)}  {(rows.GetInt64(1) == 1 ? "enabled" : "disabled")}  {commands} commands");
    return 0;
}
