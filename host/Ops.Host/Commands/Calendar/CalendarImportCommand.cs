using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Calendar;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Calendar;

/// <summary><c>ops calendar import FILE --source TEXT [--replace]</c>: one year in the xmlcalendar XML or JSON format.</summary>
internal static class CalendarImportCommand
{
    public static Command Create(OpsSession s)
    {
        var file = new Argument<string>("FILE") { Description = "calendar.xml or calendar.json in the xmlcalendar format (xmlcalendar.ru)" };
        var source = Args.Text("--source", "The decree the year rests on, e.g. \"Постановление Правительства РФ от 24.09.2025 № 1466\"", "TEXT");
        source.Required = true;
        var replace = new Option<bool>("--replace") { Description = "Replace a year the store already holds" };
        var command = new Command("import", "Load a year of the production calendar (all-or-nothing); a year already held needs --replace") { file, source, replace };
        command.WithExamples("ops calendar import calendar.xml --source \"Постановление Правительства РФ от 24.09.2025 № 1466\"", "ops calendar import calendar.json --source \"Постановление Правительства РФ от 24.09.2025 № 1466\" --replace");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.CalendarManage);
            var path = parse.GetValue(file)!;
            var src = parse.GetValue(source)!.Trim();
            if (src.Length == 0 || src.Any(char.IsControl))
                throw new InvalidInputException("--source is empty or holds control characters", "name the decree, e.g. --source \"Постановление Правительства РФ от 24.09.2025 № 1466\"");
            var year = XmlCalendarFile.Read(path, TextInput.ReadAllText(path), src);
            s.Store.Write(() =>
            {
                var held = CalendarStore.Holds(s.Store, year.Year);
                if (held && !parse.GetValue(replace))
                    throw new ConflictException($"the store already holds the calendar for {year.Year}",
                        $"see it with: ops calendar show {year.Year}; replace it with: ops calendar import {path} --source \"…\" --replace");
                CalendarStore.Save(s.Store, year, s.Env.Clock.GetUtcNow(), s.Actor.Login);
                s.Audit.Record("calendar.import", ["calendar:" + year.Year], details: $"{(held ? "replaced" : "added")}; {year.Days.Count} special day(s); {src}");
            });
            s.CalendarChanged();
            var working = s.Calendar.WorkingDays(new DateOnly(year.Year, 1, 1), new DateOnly(year.Year, 12, 31));
            s.Output.Message($"Loaded the production calendar for {year.Year}: {working} working days. Source: {src}");
            return 0;
        });
        return command;
    }
}
