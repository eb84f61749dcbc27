using System.CommandLine;
using System.Globalization;
using Ops.Host.App;
using Ops.Host.Calendar;
using Ops.Sdk.Calendar;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Calendar;

/// <summary><c>ops calendar show YEAR [--days]</c>: working days and hours per month, or the year's special days.</summary>
internal static class CalendarShowCommand
{
    private sealed record Month(string Period, int Days, int WorkingDays, int Shortened, int DaysOff, int Holidays, int Hours40);

    private sealed record Day(DateOnly Date, string Weekday, string Kind, string Note);

    public static Command Create(OpsSession s)
    {
        var year = new Argument<string>("YEAR") { Description = "The year, e.g. 2026" };
        var days = new Option<bool>("--days") { Description = "List the days that differ from the plain week (holidays, moved days, shortened days) instead of the months" };
        var format = FormatOption.Create();
        var command = new Command("show", "A year of the production calendar: working days, days off, holidays and hours per month, and its source") { year, days, format };
        command.WithExamples("ops calendar show 2026", "ops calendar show 2026 --days");
        command.SetAction(parse =>
        {
            var text = parse.GetValue(year)!;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
                throw new UsageException($"'{text}' is not a year", "write it as YYYY, e.g. 2026");
            var calendar = s.Calendar;
            if (calendar.Years.FirstOrDefault(c => c.Year == y) is not { } held)
                throw new NotFoundException($"the store holds no production calendar for {y} (it holds {string.Join(", ", calendar.Years.Select(c => c.Year))})",
                    $"load it: ops calendar import FILE --source \"Постановление Правительства РФ … ({y})\"");
            var fmt = parse.GetValue(format);
            if (parse.GetValue(days))
                s.Output.Rows(held.Days.Select(d => new Day(d.Day, d.Day.DayOfWeek.ToString()[..3], CalendarStore.Text(d.Kind), d.Note)),
                [
                    Column.Of<Day>("day", d => d.Date), Column.Of<Day>("weekday", d => d.Weekday),
                    Column.Of<Day>("kind", d => d.Kind), Column.Of<Day>("note", d => d.Note),
                ], fmt);
            else
            {
                var months = Enumerable.Range(1, 12).Select(m => Of(calendar, y, m)).ToList();
                months.Add(new Month(y.ToString(CultureInfo.InvariantCulture), months.Sum(m => m.Days), months.Sum(m => m.WorkingDays), months.Sum(m => m.Shortened),
                    months.Sum(m => m.DaysOff), months.Sum(m => m.Holidays), months.Sum(m => m.Hours40)));
                s.Output.Rows(months,
                [
                    Column.Of<Month>("period", m => m.Period), Column.Of<Month>("days", m => m.Days),
                    Column.Of<Month>("working_days", m => m.WorkingDays), Column.Of<Month>("shortened", m => m.Shortened),
                    Column.Of<Month>("days_off", m => m.DaysOff), Column.Of<Month>("holidays", m => m.Holidays),
                    Column.Of<Month>("hours_40", m => m.Hours40),
                ], fmt);
            }
            s.Output.Message($"{y}: {held.Source}");
            if (held.Provisional)
                s.Output.Message($"warning: {y} is provisional (no decree confirmed); load the official calendar when it is published: ops calendar import FILE --source \"…\" --replace");
            return 0;
        });
        return command;
    }

    /// <summary>One month's figures; hours for a 40-hour week are 8 a working day, 7 on a shortened one (Labour Code art. 95).</summary>
    private static Month Of(ICalendar calendar, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var kinds = Enumerable.Range(0, DateTime.DaysInMonth(year, month)).Select(i => calendar.KindOf(first.AddDays(i))).ToList();
        var working = kinds.Count(k => k is DayKind.Working or DayKind.Shortened);
        var shortened = kinds.Count(k => k == DayKind.Shortened);
        return new Month($"{year:D4}-{month:D2}", kinds.Count, working, shortened, kinds.Count(k => k == DayKind.DayOff),
            kinds.Count(k => k == DayKind.Holiday), working * 8 - shortened);
    }
}
