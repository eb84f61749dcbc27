using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Ops.Sdk.Calendar;
using Ops.Sdk.Errors;

namespace Ops.Host.Calendar;

/// <summary>Reads one year of the xmlcalendar format (xmlcalendar.ru), XML or JSON, into a <see cref="CalendarYear"/>.
/// XML: <c>&lt;calendar year="2026"&gt;&lt;holidays&gt;&lt;holiday id="1" title="…"/&gt;…&lt;/holidays&gt;&lt;days&gt;&lt;day d="MM.DD" t="1|2|3" h="ID" f="MM.DD"/&gt;…</c>
/// where t=1 is a day off (a holiday when h names one), t=2 a shortened working day, t=3 a working day on a weekend.
/// JSON: <c>{"year":2026,"months":[{"month":1,"days":"1,2,3*,4+,…"}],"statistic":{"workdays":247}}</c> listing the
/// non-working days of each month (<c>*</c>: shortened working day; <c>+</c>: a moved day off); a weekend day not listed
/// is a working day. Every problem is reported with its line; nothing is half-read.</summary>
internal static class XmlCalendarFile
{
    public static CalendarYear Read(string file, string text, string source)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('<')) return Xml(file, trimmed, source);
        if (trimmed.StartsWith('{')) return Json(file, trimmed, source);
        throw new InvalidInputException($"{file}: neither xmlcalendar XML (<calendar …>) nor JSON ({{\"year\": …}})",
            "download the year from xmlcalendar.ru as calendar.xml or calendar.json, see docs/calendar.md");
    }

    private static CalendarYear Xml(string file, string text, string source)
    {
        XDocument doc;
        try { doc = XDocument.Parse(text, LoadOptions.SetLineInfo); }
        catch (XmlException e) { throw new InvalidInputException($"{file}:{e.LineNumber}: not well-formed XML: {e.Message}", "fix the file or download it again"); }
        var root = doc.Root!;
        var errors = new List<InputError>();
        int Line(XObject x) => ((IXmlLineInfo)x).LineNumber;
        if (root.Name.LocalName != "calendar")
            throw new InvalidInputException($"{file}:{Line(root)}: the root element is <{root.Name.LocalName}>, not <calendar>", "use the xmlcalendar format, see docs/calendar.md");
        var year = Year(file, Line(root), (string?)root.Attribute("year"));
        var holidays = root.Element("holidays")?.Elements("holiday")
            .Where(h => h.Attribute("id") is not null)
            .ToDictionary(h => (string)h.Attribute("id")!, h => (string?)h.Attribute("title") ?? "") ?? [];
        var days = new List<SpecialDay>();
        foreach (var d in root.Element("days")?.Elements("day") ?? [])
        {
            var line = Line(d);
            if (Day(year, (string?)d.Attribute("d")) is not { } day)
            {
                errors.Add(new(file, line, "d", $"'{(string?)d.Attribute("d")}' is not a day of {year}", "write it as MM.DD, e.g. 01.09"));
                continue;
            }
            var h = (string?)d.Attribute("h");
            var from = (string?)d.Attribute("f");
            var kind = (string?)d.Attribute("t") switch
            {
                "1" => (DayKind?)(h is not null ? DayKind.Holiday : DayKind.DayOff),
                "2" => DayKind.Shortened,
                "3" => DayKind.Working,
                var t => Add(errors, new(file, line, "t", $"day type '{t}' is not 1, 2 or 3", "1 = day off, 2 = shortened working day, 3 = working day")),
            };
            if (kind is not { } k) continue;
            if (h is not null && !holidays.ContainsKey(h))
                errors.Add(new(file, line, "h", $"holiday id '{h}' is not listed under <holidays>", "add <holiday id=\"" + h + "\" title=\"…\"/> or fix the id"));
            var note = k switch
            {
                DayKind.Holiday => holidays.GetValueOrDefault(h!) ?? "",
                DayKind.DayOff => from is null ? "Перенесённый выходной" : $"Перенесённый выходной (с {from})",
                DayKind.Shortened => "Предпраздничный день",
                _ => "Рабочий день",
            };
            if (days.Any(x => x.Day == day)) errors.Add(new(file, line, "d", $"{day:yyyy-MM-dd} is listed twice", "keep one <day> per date"));
            else days.Add(new SpecialDay(day, k, note));
        }
        InputError.ThrowIfAny(errors);
        return new CalendarYear(year, source, false, [.. days.OrderBy(d => d.Day)]);
    }

    private static DayKind? Add(List<InputError> errors, InputError e) { errors.Add(e); return null; }

    private static CalendarYear Json(string file, string text, string source)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e) { throw new InvalidInputException($"{file}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}", "fix the file or download it again"); }
        using var _ = doc;
        var root = doc.RootElement;
        var year = Year(file, 0, root.TryGetProperty("year", out var y) ? y.ToString() : null);
        var errors = new List<InputError>();
        var listed = new Dictionary<DateOnly, DayKind>();
        if (!root.TryGetProperty("months", out var months) || months.ValueKind != JsonValueKind.Array)
            throw new InvalidInputException($"{file}: no \"months\" array", "use the xmlcalendar JSON format, see docs/calendar.md");
        foreach (var m in months.EnumerateArray())
        {
            var month = m.TryGetProperty("month", out var mm) && mm.TryGetInt32(out var n) && n is >= 1 and <= 12 ? n : 0;
            if (month == 0) { errors.Add(new(file, 0, "months", $"a month entry has no month 1–12: {m}", "give \"month\": 1 … 12")); continue; }
            var list = m.TryGetProperty("days", out var dd) ? dd.GetString() ?? "" : "";
            foreach (var raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var mark = raw[^1] is '*' or '+' ? raw[^1] : ' ';
                var number = mark == ' ' ? raw : raw[..^1];
                if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var dayNo) || dayNo < 1 || dayNo > DateTime.DaysInMonth(year, month))
                { errors.Add(new(file, 0, $"months[{month}]", $"'{raw}' is not a day of {year}-{month:D2}", "list day numbers, e.g. \"1,2,3*,4+\"")); continue; }
                listed[new DateOnly(year, month, dayNo)] = mark == '*' ? DayKind.Shortened : mark == '+' ? DayKind.DayOff : DayKind.Holiday;
            }
        }
        InputError.ThrowIfAny(errors);
        var days = new List<SpecialDay>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (listed.TryGetValue(d, out var kind))
            {
                if (kind == DayKind.Shortened) days.Add(new(d, kind, "Предпраздничный день"));
                else if (!weekend) days.Add(new(d, kind, kind == DayKind.DayOff ? "Перенесённый выходной" : "Нерабочий день"));
            }
            else if (weekend) days.Add(new(d, DayKind.Working, "Рабочий день"));
        }
        var result = new CalendarYear(year, source, false, days);
        if (root.TryGetProperty("statistic", out var st) && st.TryGetProperty("workdays", out var wd) && wd.TryGetInt32(out var expected))
        {
            var counted = new ProductionCalendar([result]).WorkingDays(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            if (counted != expected)
                throw new InvalidInputException($"{file}: the months list {counted} working days but \"statistic\".\"workdays\" says {expected}",
                    "the file is inconsistent: download it again");
        }
        return result;
    }

    private static int Year(string file, int line, string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y
            : throw new InvalidInputException($"{file}{(line > 0 ? ":" + line : "")}: no year 2000–2100 given (found '{text}')", "the calendar element needs year=\"YYYY\"");

    private static DateOnly? Day(int year, string? text) =>
        text is { Length: 5 } && text[2] == '.'
        && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m)
            ? new DateOnly(year, m, d) : null;
}
