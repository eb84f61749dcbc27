using System.Globalization;
using System.Text;

namespace Ops.Samples.Calls.Tests;

/// <summary>Writes Asterisk cdr_csv Master.csv lines: the scripted calls a test needs, plus seeded noise
/// (calls to numbers nobody knows, internal calls, missed calls) that must not change any report.</summary>
public sealed class CdrGenerator(int seed)
{
    private readonly Random _random = new(seed);
    private readonly StringBuilder _csv = new();
    private int _sequence;

    public int Count { get; private set; }

    /// <summary>An outgoing call from extension <paramref name="ext"/> to <paramref name="number"/>.</summary>
    public CdrGenerator Out(DateTime start, string ext, string number, int billsec = 120, string disposition = "ANSWERED", string trunk = "trunk-mts") =>
        Add(ext, Dialled(number), start, $"SIP/{ext}-{Seq()}", $"SIP/{trunk}-{Seq()}", billsec, disposition, $"\"{Name(ext)}\" <{ext}>");

    /// <summary>An incoming call from <paramref name="number"/> answered (or not) on extension <paramref name="ext"/>.</summary>
    public CdrGenerator In(DateTime start, string number, string ext, int billsec = 90, string disposition = "ANSWERED", string trunk = "trunk-mts") =>
        Add(Dialled(number), ext, start, $"SIP/{trunk}-{Seq()}", $"SIP/{ext}-{Seq()}", billsec, disposition, $"\"\" <{number}>");

    /// <summary><paramref name="count"/> random calls between <paramref name="from"/> and <paramref name="to"/> that match no client.</summary>
    public CdrGenerator Noise(int count, DateTime from, DateTime to, params string[] extensions)
    {
        var span = (int)(to - from).TotalMinutes;
        for (var i = 0; i < count; i++)
        {
            var start = from.AddMinutes(_random.Next(span));
            var ext = extensions[_random.Next(extensions.Length)];
            var stranger = "+7495" + _random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture);
            switch (_random.Next(4))
            {
                case 0: Out(start, ext, stranger, _random.Next(5, 600)); break;
                case 1: In(start, stranger, ext, _random.Next(5, 600)); break;
                case 2: Add(ext, extensions[_random.Next(extensions.Length)], start, $"SIP/{ext}-{Seq()}", $"SIP/{ext}-{Seq()}", _random.Next(1, 60), "ANSWERED", $"\"\" <{ext}>"); break;
                default: In(start, stranger, ext, 0, "NO ANSWER"); break;
            }
        }
        return this;
    }

    public override string ToString() => _csv.ToString();

    public string Write(string path)
    {
        File.WriteAllText(path, _csv.ToString(), new UTF8Encoding(false));
        return path;
    }

    private CdrGenerator Add(string src, string dst, DateTime start, string channel, string dstChannel, int billsec, string disposition, string clid)
    {
        var ring = _random.Next(2, 25);
        var answer = disposition == "ANSWERED" ? start.AddSeconds(ring) : (DateTime?)null;
        var duration = ring + billsec;
        var uid = $"{new DateTimeOffset(start, TimeSpan.Zero).ToUnixTimeSeconds()}.{++_sequence}";
        string Q(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
        string T(DateTime? t) => t?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
        _csv.Append(string.Join(',',
            Q(""), Q(src), Q(dst), Q("from-internal"), Q(clid), Q(channel), Q(dstChannel), Q("Dial"), Q($"{dstChannel.Split('-')[0]},60,tT"),
            Q(T(start)), Q(T(answer)), Q(T(start.AddSeconds(duration))), duration.ToString(CultureInfo.InvariantCulture),
            billsec.ToString(CultureInfo.InvariantCulture), Q(disposition), Q("DOCUMENTATION"), Q(uid), Q(""))).Append('\n');
        Count++;
        return this;
    }

    /// <summary>The number as a person or PBX would dial it: 8…, +7…, 7… or with punctuation.</summary>
    private string Dialled(string e164)
    {
        var d = e164.TrimStart('+')[1..];
        return _random.Next(4) switch
        {
            0 => "8" + d,
            1 => "+7" + d,
            2 => "7" + d,
            _ => $"8 ({d[..3]}) {d[3..6]}-{d[6..8]}-{d[8..]}",
        };
    }

    private string Seq() => (++_sequence).ToString("x8", CultureInfo.InvariantCulture);

    private static string Name(string ext) => "Ext " + ext;
}
