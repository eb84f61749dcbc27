using Ops.Samples.Calls.Data;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Import;

/// <summary>
/// Asterisk's cdr_csv <c>Master.csv</c>: no header, one call leg per line, in this order (1-based):
/// 1 accountcode, 2 src, 3 dst, 4 dcontext, 5 clid, 6 channel, 7 dstchannel, 8 lastapp, 9 lastdata,
/// 10 start, 11 answer, 12 end, 13 duration, 14 billsec, 15 disposition, 16 amaflags, 17 uniqueid,
/// 18 userfield (and, on newer versions, more after it). Columns 2, 3, 6, 7, 10, 13, 14, 15 and 17 are read;
/// the rest are ignored. README.md documents how a record becomes a call.
/// </summary>
internal static class AsteriskCdr
{
    public const int Src = 1, Dst = 2, ChannelCol = 5, DstChannel = 6, Start = 9, Duration = 12, Billsec = 13, Disposition = 14, UniqueId = 16;
    public const int MinFields = 16;

    private static string Col(int index, string name) => $"{index + 1} {name}";

    public static List<CallRecord> Parse(IEnumerable<CsvRows.Row> rows, string file, IReadOnlyDictionary<string, Line> lines, List<InputError> errors)
    {
        var calls = new List<CallRecord>();
        foreach (var row in rows)
        {
            var f = row.Fields;
            if (f.Length < MinFields)
            {
                errors.Add(new InputError(file, row.Line, "", $"expected at least {MinFields} fields (accountcode … amaflags), found {f.Length}",
                    "pass Asterisk's Master.csv as cdr_csv writes it, or import another CSV with --map"));
                continue;
            }
            var start = Values.Time(f[Start]);
            if (start is null)
                errors.Add(new InputError(file, row.Line, Col(Start, "start"), $"'{f[Start]}' is not a date and time", Values.TimeHint));
            var duration = Values.Seconds(f[Duration]);
            if (duration is null)
                errors.Add(new InputError(file, row.Line, Col(Duration, "duration"), $"'{f[Duration]}' is not a number of seconds", "write whole seconds, e.g. 125"));
            var billsec = Values.Seconds(f[Billsec]);
            if (billsec is null)
                errors.Add(new InputError(file, row.Line, Col(Billsec, "billsec"), $"'{f[Billsec]}' is not a number of seconds", "write whole seconds, e.g. 95"));
            else if (duration is not null && billsec > duration)
                errors.Add(new InputError(file, row.Line, Col(Billsec, "billsec"), $"billsec {billsec} is longer than duration {duration}", "check the columns: billsec is the talk time within duration"));
            if (f[Src].Trim().Length == 0 && f[Dst].Trim().Length == 0)
                errors.Add(new InputError(file, row.Line, Col(Src, "src"), "both src and dst are empty", "a call needs at least one of its numbers"));
            if (start is null || duration is null || billsec is null || billsec > duration || (f[Src].Trim().Length == 0 && f[Dst].Trim().Length == 0)) continue;

            var (direction, line, raw) = Sides(f[Src].Trim(), f[Dst].Trim(), Channel.Peer(f[ChannelCol]), Channel.Peer(f[DstChannel]), lines);
            var disposition = f[Disposition].Trim().ToUpperInvariant();
            var answered = disposition == "ANSWERED" || (disposition.Length == 0 && billsec > 0);
            var uid = "asterisk:" + (f.Length > UniqueId && f[UniqueId].Trim().Length > 0 ? f[UniqueId].Trim() + ":" : "") + Uid.Hash(f);
            calls.Add(new CallRecord(uid, "asterisk", start.Value, line, direction, PhoneNumber.Normalize(raw), raw,
                duration.Value, billsec.Value, answered, disposition));
        }
        return calls;
    }

    /// <summary>Which side is the firm's: a side that is a Russian phone number is the other party, the other
    /// side is the firm's line (the channel's peer, else the extension number). When both sides are phone
    /// numbers (a call to the firm's public number), the side on a registered trunk is the outside one;
    /// without a registered trunk the call is taken as incoming.</summary>
    public static (Direction, string? Line, string Raw) Sides(string src, string dst, string? channelPeer, string? dstPeer, IReadOnlyDictionary<string, Line> lines)
    {
        var srcPhone = PhoneNumber.Normalize(src) is not null;
        var dstPhone = PhoneNumber.Normalize(dst) is not null;
        bool IsTrunk(string? peer) => peer is not null && lines.TryGetValue(peer, out var l) && l.Kind == "trunk";
        static string? Or(string? peer, string number) => peer ?? (number.Length > 0 ? number : null);

        if (dstPhone && !srcPhone) return (Direction.Out, Or(channelPeer, src), dst);
        if (srcPhone && !dstPhone) return (Direction.In, Or(dstPeer, dst), src);
        if (srcPhone && dstPhone)
        {
            if (IsTrunk(dstPeer) && !IsTrunk(channelPeer)) return (Direction.Out, Or(channelPeer, src), dst);
            return (Direction.In, IsTrunk(dstPeer) ? dst : Or(dstPeer, dst), src);
        }
        return (Direction.Internal, Or(channelPeer, src), dst);
    }
}
