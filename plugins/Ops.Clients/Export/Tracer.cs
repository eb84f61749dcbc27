using System.Text.RegularExpressions;
using Ops.Clients.Data;
using Ops.Sdk.Store;

namespace Ops.Clients.Export;

/// <summary>One export that a leaked file may have come from, with the evidence.</summary>
internal sealed record TraceCandidate(long ExportId, string At, string Actor, string RealActor, string Filter, string Format,
    long Rows, int CanariesFound, int CanariesTotal, int RealFound, int RealInExport, string Verdict);

/// <summary>Names the export a leaked list came from. It looks for values, not layout: e-mails, phones,
/// INNs and names anywhere in the text, so re-sorting, re-encoding, reordered or dropped columns and
/// lost rows do not matter as long as one canary value survives. Without a canary it can only say which
/// exports are consistent with the real clients found (their sets of clients differ by filter and scope).</summary>
internal static partial class Tracer
{
    public static List<TraceCandidate> Trace(IStore store, string text)
    {
        var lower = Normalize(text);
        var emails = EmailPattern().Matches(lower).Select(m => m.Value.Trim('.')).ToHashSet();
        var phones = PhonePattern().Matches(text).Select(m => Values.Phone(m.Value)).Where(p => p is not null).ToHashSet();
        var numbers = InnPattern().Matches(text).Select(m => m.Value).ToHashSet();

        var canaries = store.Query("SELECT export_id, name, inn, person, email, phone FROM clients_export_canaries",
            r => (Export: r.GetInt64(0), Name: r.GetString(1), Inn: r.GetString(2), Person: r.GetString(3), Email: r.GetString(4), Phone: r.GetString(5))).ToList();
        var phoneOwners = canaries.GroupBy(c => c.Phone).ToDictionary(g => g.Key, g => g.Select(c => c.Export).Distinct().Count());
        var found = canaries.Where(c =>
                emails.Contains(c.Email) || numbers.Contains(c.Inn) || lower.Contains(Normalize(c.Name))
                || (phoneOwners[c.Phone] == 1 && phones.Contains(c.Phone)))
            .GroupBy(c => c.Export).ToDictionary(g => g.Key, g => g.Count());

        // Real clients recognised in the file, by INN or by a contact's e-mail or phone.
        var real = store.Query("SELECT id, inn, name FROM clients_clients", r => (Id: r.GetInt64(0), Inn: r.GetString(1), Name: r.GetString(2)))
            .Where(c => numbers.Contains(c.Inn) || (c.Name.Length >= 6 && lower.Contains(Normalize(c.Name)))).Select(c => c.Id).ToHashSet();
        foreach (var (client, value) in store.Query("SELECT client_id, value FROM clients_contact_points WHERE kind IN ('email', 'phone')",
                     r => (r.GetInt64(0), r.GetString(1))))
            if (emails.Contains(value) || phones.Contains(value)) real.Add(client);

        var exports = store.Query("SELECT id, at, actor, real_actor, filter, format, row_count FROM clients_exports ORDER BY id DESC",
            r => (Id: r.GetInt64(0), At: r.GetString(1), Actor: r.GetString(2), Real: r.GetString(3), Filter: r.GetString(4), Format: r.GetString(5), Rows: r.GetInt64(6))).ToList();
        var totals = canaries.GroupBy(c => c.Export).ToDictionary(g => g.Key, g => g.Count());
        var candidates = new List<TraceCandidate>();
        foreach (var e in exports)
        {
            var members = real.Count == 0 ? 0 : store.Query("SELECT client_id FROM clients_export_rows WHERE export_id = $Id",
                r => r.GetInt64(0), new { e.Id }).Count(real.Contains);
            var canaryHits = found.GetValueOrDefault(e.Id);
            var verdict = canaryHits > 0 ? "source"
                : found.Count == 0 && real.Count > 0 && members == real.Count ? "consistent"
                : null;
            if (verdict is null) continue;
            candidates.Add(new TraceCandidate(e.Id, e.At, e.Actor, e.Real, e.Filter, e.Format, e.Rows, canaryHits,
                totals.GetValueOrDefault(e.Id), real.Count, members, verdict));
        }
        return candidates.OrderByDescending(c => c.CanariesFound).ThenByDescending(c => c.ExportId).ToList();
    }

    private static string Normalize(string s) =>
        s.ToLowerInvariant().Replace('ё', 'е').Replace('«', '"').Replace('»', '"').Replace("\"\"", "\"");

    [GeneratedRegex(@"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(\+7|8)?[\s\-(]*\d{3}[\s\-)]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<!\d)(\d{10}|\d{12})(?!\d)")]
    private static partial Regex InnPattern();
}
