using System.Globalization;
using Ops.Samples.Calls.Access;
using Ops.Samples.Calls.Reports;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Samples.Calls.Risk;

/// <summary>The plugin's contributions to <c>ops risk</c>, over the same queries as the reports (30 days,
/// every client). Findings name clients and lines by id only, never numbers.</summary>
internal static class CallRiskChecks
{
    public const int Days = 30;

    public static IEnumerable<IRiskCheck> Create(IOpsContext context) =>
    [
        new SilentClientsCheck(context),
        new UnrecordedCallsCheck(context),
        new KeyOwnerCheck(context),
    ];

    /// <summary>The words in the firm's language (SDK 1.2 <see cref="FirmProfile.Language"/>).</summary>
    private static string Say(IOpsContext ops, string english, string russian) => ops.Firm.Language == "ru" ? russian : english;

    private static bool AnyCalls(IOpsContext ops, DateOnly since) =>
        ops.Store.Scalar<long>("SELECT count(*) FROM calls_records WHERE started_at >= $Since", new { Since = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }) > 0;

    private sealed class SilentClientsCheck(IOpsContext ops) : IRiskCheck
    {
        public string Id => "calls.silent-clients";
        public string Title => Say(ops, $"Clients with no corporate-line call for {Days} days", $"Клиенты без звонков по корпоративной линии {Days} дней");
        public string Area => "relationships";

        public IEnumerable<RiskFinding> Run()
        {
            var access = ReportAccess.Firmwide(ops);
            if (!AnyCalls(ops, access.Today.AddDays(-Days)))
                return [new RiskFinding(Id, Severity.Low, Say(ops, "No call records imported recently", "Давно не загружались записи звонков"),
                    Say(ops, $"No call-detail records from the last {Days} days are in the store, so silent clients cannot be told apart.",
                        $"Записей звонков за последние {Days} дней нет, поэтому клиентов, с которыми перестали говорить, не отличить."),
                    [], "ops calls import /var/log/asterisk/cdr-csv/Master.csv")];
            var silent = CallReports.Silent(access, Days);
            if (silent.Count == 0) return [];
            var key = silent.Count(s => s.IsKey);
            var elsewhere = silent.Count(s => s.OtherLineCalls > 0);
            return [new RiskFinding(Id, key > 0 ? Severity.High : Severity.Medium, Title,
                Say(ops, $"{silent.Count} active client(s) had no answered call on a corporate line in {Days} days ({key} key; "
                    + $"{elsewhere} talked on personal or unknown lines instead): the relationship may have moved to personal phones.",
                    $"Действующих клиентов без отвеченного звонка по корпоративной линии за {Days} дней: {silent.Count} (ключевых: {key}; "
                    + $"говорили по личным или неизвестным линиям: {elsewhere}) — общение могло уйти на личные телефоны."),
                silent.Take(200).Select(s => "client:" + s.ClientId).ToList(), $"ops calls report silent --days {Days}")];
        }
    }

    private sealed class UnrecordedCallsCheck(IOpsContext ops) : IRiskCheck
    {
        public string Id => "calls.unrecorded-lines";
        public string Title => Say(ops, "Client calls on lines that are not recorded", "Звонки клиентов по линиям без записи");
        public string Area => "relationships";

        public IEnumerable<RiskFinding> Run()
        {
            var access = ReportAccess.Firmwide(ops);
            return CallReports.Unrecorded(access, Days)
                .GroupBy(c => (c.Line, c.LineStatus, c.Login))
                .OrderBy(g => g.Key.Line, StringComparer.Ordinal)
                .Select(g =>
                {
                    var line = g.Key.Line ?? "(none)";
                    var clients = g.Select(c => c.ClientId).Distinct().ToList();
                    var (severity, what, fix) = g.Key.LineStatus switch
                    {
                        "unknown" => (Severity.High, "is not a registered line",
                            $"ops calls lines add {line} --login LOGIN --recorded   # after turning on recording for it on the PBX"),
                        "personal" => (Severity.High, "is registered as personal",
                            $"ops calls lines set {line} --corporate yes --recorded yes   # after moving the calls to a recorded corporate line"),
                        _ => (Severity.Medium, "is not recorded",
                            $"ops calls lines set {line} --recorded yes   # after turning on recording (MixMonitor) for it on the PBX"),
                    };
                    var who = g.Key.Login is { } l ? $" ({l})" : "";
                    return new RiskFinding(Id, severity, Title,
                        $"Line {line}{who} {what}: {g.Count()} answered call(s) with {clients.Count} client(s) in {Days} days.",
                        clients.Select(c => "client:" + c).Prepend("line:" + line).ToList(), fix);
                })
                .ToList();
        }
    }

    private sealed class KeyOwnerCheck(IOpsContext ops) : IRiskCheck
    {
        public string Id => "calls.key-no-owner-call";
        public string Title => Say(ops, $"Key clients with no call from the owner side for {Days} days", $"Ключевые клиенты без звонка от руководства {Days} дней");
        public string Area => "relationships";

        public IEnumerable<RiskFinding> Run()
        {
            var access = ReportAccess.Firmwide(ops);
            if (!AnyCalls(ops, access.Today.AddDays(-Days))) return [];
            return CallReports.KeyWithoutOwnerCall(access, Days)
                .Select(k => new RiskFinding(Id, Severity.Medium, Title, $"Key client {k.ClientId}: {k.Reason}.",
                    ["client:" + k.ClientId],
                    k.Owner is null ? $"ops clients update {k.ClientId} --owner-contact LOGIN"
                    : k.OwnerLines.Count == 0 ? $"ops calls lines add LINE --login {k.Owner} --recorded"
                    : $"ops calls report key-owner --days {Days}"))
                .ToList();
        }
    }
}
