// Generates the sample firm's data files and demo script (samples/firm/*.csv, demo.ops), deterministically
// (seed 2026). The files are committed; run this only to change them:
//   dotnet run --project samples/firm/generator -- samples/firm
using System.Text;

var outDir = args.Length > 0 ? args[0] : ".";
var firm = new Firm(new Random(2026));
firm.Build();
var utf8 = new UTF8Encoding(false);
foreach (var (name, text) in firm.Files()) File.WriteAllText(Path.Combine(outDir, name), text, utf8);
Console.Error.WriteLine($"wrote {firm.Clients.Count} clients, {firm.TaskCount} tasks and demo.ops to {outDir}");
