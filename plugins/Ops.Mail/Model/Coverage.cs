using Ops.Sdk;

namespace Ops.Mail.Model;

/// <summary>Everything the rules do not cover: the survey's gaps plus what the deployed (last generated) rules miss.</summary>
public static class Coverage
{
    public static List<Gap> Gaps(IOpsContext context, Survey survey)
    {
        var gaps = new List<Gap>(survey.Gaps);
        var m = survey.Model;
        var generations = Generations.Load(context.Store);
        const string regenerate = "ops mail generate --target all --out DIR";
        foreach (var mb in m.Covered.Concat(m.Leaving))
        {
            var missing = generations.Count == 0 ? "no rules have been generated yet"
                : generations.Where(g => !g.Mailboxes.Contains(mb.Email)).Select(g => $"{g.Target} (generated {g.GeneratedAt})").ToList() is { Count: > 0 } l
                    ? "not in the last generated rules for " + string.Join(", ", l) : null;
            if (missing is not null) gaps.Add(new Gap("not-covered", mb.Login, "staff:" + mb.Login, $"{mb.Email}: {missing}", regenerate));
        }
        if (m.Mode == ClientsMode.Registry)
            foreach (var d in m.ClientDomains)
            {
                var missing = generations.Count == 0 ? "no rules have been generated yet"
                    : generations.Where(g => !g.Domains.Contains(d)).Select(g => g.Target).ToList() is { Count: > 0 } l
                        ? "not in the last generated rules for " + string.Join(", ", l) : null;
                if (missing is not null)
                    gaps.Add(new Gap("domain-not-covered", d, "client:" + survey.DomainClient[d], $"client domain {d}: {missing}", regenerate));
            }
        return gaps.OrderBy(g => g.Kind, StringComparer.Ordinal).ThenBy(g => g.Subject, StringComparer.Ordinal).ToList();
    }
}
