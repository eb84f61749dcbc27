using Ops.Bench.DataGen;

if (args is ["--help"] or ["-h"])
{
    Console.Out.WriteLine(Options.Usage);
    return 0;
}
Options options;
try { options = Options.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

if (options.Out is { } dir)
{
    Directory.CreateDirectory(dir);
    var firm = new Firm(options);
    StaffSql.Write(Path.Combine(dir, "staff.sql"), firm);
    ClientsCsv.Write(Path.Combine(dir, "clients.csv"), firm, options);
    PayFiles.Write(dir, firm, options);
    Console.Error.WriteLine($"{dir}: {firm.Staff.Count} staff ({options.Mailboxes} mailboxes), {options.Clients} clients, " +
                            $"{options.TasksPerPeriod} tasks x {(options.TasksPerPeriod > 0 ? options.Periods : 0)} periods");
}
if (options.AuditEvents > 0)
{
    var (first, last) = AuditWriter.Append(options.AuditStore!, options.AuditEvents, options.Seed);
    Console.Error.WriteLine($"{options.AuditStore}: audit events {first}..{last} appended");
}
return 0;
