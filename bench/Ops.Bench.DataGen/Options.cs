using System.Globalization;

namespace Ops.Bench.DataGen;

/// <summary>Sizes and paths from the command line; every size has a default so a bare run produces a small data set.</summary>
internal sealed record Options(
    int Seed, string? Out, int Staff, int Mailboxes, int Clients, int DomainsPerClient, int ContactsPerClient,
    int TasksPerPeriod, int Periods, string LastPeriod, long AuditEvents, string? AuditStore)
{
    public const string Usage = """
        ops-bench-datagen [--seed N] [--out DIR] [--staff N] [--mailboxes N] [--clients N] [--domains-per-client N]
                          [--contacts-per-client N] [--tasks N] [--periods N] [--last-period YYYY-MM]
                          [--audit N --audit-store FILE]
          --out DIR        writes staff.sql, clients.csv, regulations.txt, plan.yaml, tasks-YYYY-MM.csv (one per period)
          --staff N        staff (1 director, a team lead per 10, the rest accountants); default 10
          --mailboxes N    how many of them have a corporate mailbox (e-mail); default all
          --clients N      clients in clients.csv; default 100
          --tasks N        pay tasks per period, spread over the clients; default 0 (no task files)
          --audit N        append N hash-chained audit events to the store FILE made by `ops init`
        """;

    public static Options Parse(string[] args)
    {
        var o = new Options(1, null, 10, -1, 100, 1, 1, 0, 1, "2026-10", 0, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() { var v = Next(); return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{args[i - 1]}: '{v}' is not a non-negative whole number"); }
            o = args[i] switch
            {
                "--seed" => o with { Seed = Int() },
                "--out" => o with { Out = Next() },
                "--staff" => o with { Staff = Int() },
                "--mailboxes" => o with { Mailboxes = Int() },
                "--clients" => o with { Clients = Int() },
                "--domains-per-client" => o with { DomainsPerClient = Int() },
                "--contacts-per-client" => o with { ContactsPerClient = Int() },
                "--tasks" => o with { TasksPerPeriod = Int() },
                "--periods" => o with { Periods = Int() },
                "--last-period" => o with { LastPeriod = Next() },
                "--audit" => o with { AuditEvents = Int() },
                "--audit-store" => o with { AuditStore = Next() },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }
        if (o.Mailboxes < 0 || o.Mailboxes > o.Staff) o = o with { Mailboxes = o.Staff };
        if (o.Staff < 2) throw new ArgumentException("--staff must be at least 2 (a director and an accountant)");
        if (!DateOnly.TryParseExact(o.LastPeriod + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new ArgumentException($"--last-period '{o.LastPeriod}' is not YYYY-MM");
        if (o.AuditEvents > 0 && o.AuditStore is null) throw new ArgumentException("--audit needs --audit-store FILE (a store made by `ops init`)");
        if (o.Out is null && o.AuditEvents == 0) throw new ArgumentException("nothing to do: give --out DIR and/or --audit N --audit-store FILE");
        return o;
    }
}
