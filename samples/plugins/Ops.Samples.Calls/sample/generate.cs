// Generates sample/Master.csv for the sample firm (samples/firm/clients.csv): Asterisk cdr_csv records
// from 2026-09-01 to 2026-11-25, seed 2026. Run from the repository root:
//   dotnet run samples/plugins/Ops.Samples.Calls/sample/generate.cs
// The story it tells: the lead accountant of most clients calls them on their recorded extension; the
// departing accountant (volkova) stops using her extension in November and talks to her clients from an
// unregistered line "volkova-mobile"; line 121 (smirnova) is not recorded; the director calls some key clients.
using System.Globalization;
using System.Text;

var root = args.Length > 0 ? args[0] : ".";
var clients = File.ReadAllLines(Path.Combine(root, "samples/firm/clients.csv"), Encoding.UTF8);
var header = Split(clients[0]);
int Col(string name) => Array.IndexOf(header, name);
var extensions = new Dictionary<string, string>
{
    ["sokolov"] = "100", ["belova"] = "101", ["orlova"] = "110", ["volkova"] = "111", ["ivanova"] = "112", ["petrov"] = "113",
    ["kuznetsov"] = "120", ["smirnova"] = "121", ["fedorova"] = "122", ["nikitin"] = "123",
    ["morozova"] = "130", ["pavlova"] = "131", ["egorova"] = "132", ["zaitseva"] = "133",
};
var random = new Random(2026);
var rows = new List<(DateTime Start, string Line)>();
var csv = new List<(DateTime Start, string Text)>();
var seq = 0;
var first = new DateTime(2026, 9, 1, 9, 0, 0);

foreach (var line in clients.Skip(1))
{
    var f = Split(line);
    if (f[Col("status")] != "active") continue;
    var phone = f[Col("contact_phones")].Split('|')[0];
    if (phone.Length == 0) continue;
    var lead = f[Col("lead")];
    var owner = f[Col("owner_contact")];
    // One client in ten is never called; the others get up to two calls a month.
    if (random.Next(10) == 0) continue;
    for (var month = 9; month <= 11; month++)
    {
        var calls = random.Next(0, 3);
        for (var i = 0; i < calls; i++)
        {
            var start = new DateTime(2026, month, random.Next(1, month == 11 ? 26 : 29), random.Next(9, 18), random.Next(60), random.Next(60));
            var ext = lead == "volkova" && month == 11 ? "volkova-mobile" : extensions.GetValueOrDefault(lead, "110");
            Call(start, ext, phone, random.Next(3) == 0);
        }
    }
    if (f[Col("key_client")] == "yes" && owner.Length > 0 && random.Next(2) == 0)
        Call(new DateTime(2026, 11, random.Next(1, 26), 11, 0, 0), extensions[owner], phone, false);
}
for (var i = 0; i < 60; i++)
{
    var ext = extensions.Values.ElementAt(random.Next(extensions.Count));
    Call(first.AddMinutes(random.Next(60 * 24 * 85)), ext, "+7495" + random.Next(1000000, 9999999), random.Next(2) == 0, random.Next(4) == 0);
}
var output = Path.Combine(root, "samples/plugins/Ops.Samples.Calls/sample/Master.csv");
File.WriteAllText(output, string.Concat(csv.OrderBy(c => c.Start).Select(c => c.Text)), new UTF8Encoding(false));
Console.Error.WriteLine($"Wrote {csv.Count} records to {output}");

void Call(DateTime start, string ext, string phone, bool incoming, bool missed = false)
{
    var digits = phone.TrimStart('+')[1..];
    var dialled = random.Next(2) == 0 ? "8" + digits : "+7" + digits;
    var billsec = missed ? 0 : random.Next(20, 900);
    var ring = random.Next(3, 20);
    var (src, dst, channel, dstChannel) = incoming
        ? (dialled, ext, $"SIP/trunk-mts-{++seq:x8}", $"SIP/{ext}-{++seq:x8}")
        : (ext, dialled, $"SIP/{ext}-{++seq:x8}", $"SIP/trunk-mts-{++seq:x8}");
    string Q(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
    string T(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    var uid = $"{new DateTimeOffset(start, TimeSpan.FromHours(3)).ToUnixTimeSeconds()}.{seq}";
    csv.Add((start, string.Join(',', Q(""), Q(src), Q(dst), Q("from-internal"), Q($"\"\" <{src}>"), Q(channel), Q(dstChannel), Q("Dial"),
        Q(dstChannel.Split('-')[0] + ",60,tT"), Q(T(start)), Q(missed ? "" : T(start.AddSeconds(ring))), Q(T(start.AddSeconds(ring + billsec))),
        (ring + billsec).ToString(CultureInfo.InvariantCulture), billsec.ToString(CultureInfo.InvariantCulture),
        Q(missed ? "NO ANSWER" : "ANSWERED"), Q("DOCUMENTATION"), Q(uid), Q("")) + "\n"));
}

static string[] Split(string line)
{
    var fields = new List<string>();
    var field = new StringBuilder();
    var quoted = false;
    for (var i = 0; i < line.Length; i++)
    {
        var ch = line[i];
        if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
        else if (ch == '"') quoted = !quoted;
        else if (ch == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
        else field.Append(ch);
    }
    fields.Add(field.ToString());
    return [.. fields];
}
