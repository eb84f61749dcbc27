using Ops.Documents.Data;
using Ops.Documents.Regime;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Departure;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Documents.Departure;

/// <summary>The documents plugin's part of a departure: the reminder of the obligations that survive leaving and the act of
/// return of documents and media, each a step that is done once her signature under the current version is recorded
/// (<c>ops docs sign</c>); and, for the evidence pack, every signature of hers and the regime's status.</summary>
internal static class DepartureDocuments
{
    private sealed record SignatureRow(string Doc, string Title, int Version, int CurrentVersion, DateOnly SignedOn, string RecordedAt, string RecordedBy);

    public static IEnumerable<DepartureStep> Steps(IOpsContext context, DepartingPerson person)
    {
        var maySee = MaySee(context, person.Login);
        var signatures = new Signatures(context.Store);
        foreach (var kind in DocumentKind.All.Where(d => d.OnDeparture))
        {
            var current = TemplateSource.CurrentVersion(context.Store, kind.Id);
            var latest = maySee ? signatures.Latest(person.Login, kind.Id) : null;
            var done = latest is not null && latest.Version >= current;
            var render = $"ops docs render {kind.Id} --person {person.Login} --format docx --out DIR";
            var sign = $"ops docs sign --person {person.Login} --doc {kind.Id} --date {person.LastWorkingDay.ToIso()}";
            yield return new DepartureStep($"docs.{kind.Id}", $"Sign «{kind.TitleRu}» on the last working day", done ? StepState.Done : StepState.Pending,
                person.LastWorkingDay, done ? null : $"{render}; then, once signed: {sign}",
                !maySee ? "your docs.status scope does not reach her signatures"
                : done ? $"version {latest!.Version} signed on {latest.SignedOn.ToIso()}"
                : latest is not null ? $"version {latest.Version} signed on {latest.SignedOn.ToIso()}; version {current} is current and unsigned"
                : $"version {current} not signed yet");
        }
    }

    public static IEnumerable<EvidenceFile> Evidence(IOpsContext context, DepartingPerson person)
    {
        if (!MaySee(context, person.Login))
        {
            yield return EvidenceFile.Text("docs.signatures.txt", "Подписанные документы: не включены (нет права docs.status на этого сотрудника)",
                $"The documents {person.Login} signed were left out: your docs.status scope does not reach {person.Login}.\n");
            yield break;
        }
        var titles = DocumentKind.All.ToDictionary(d => d.Id, d => d.TitleRu);
        var rows = context.Store.Query("""
                SELECT doc, version, signed_on, recorded_at, recorded_by FROM docs_signatures WHERE login = $Login ORDER BY signed_on, id
                """,
            r => new SignatureRow(r.Text("doc"), titles.GetValueOrDefault(r.Text("doc"), r.Text("doc")), (int)r.Int("version"),
                DocVersion.Current(context, r.Text("doc")), r.Date("signed_on")!.Value, r.Text("recorded_at"), r.Text("recorded_by")),
            new { Login = person.Login }).ToList();
        yield return EvidenceFile.Rows("docs.signatures.csv", "Документы режима коммерческой тайны, подписанные сотрудником: версии и даты подписания",
            rows,
            [
                Column.Of<SignatureRow>("doc", s => s.Doc), Column.Of<SignatureRow>("title", s => s.Title), Column.Of<SignatureRow>("version", s => s.Version),
                Column.Of<SignatureRow>("current_version", s => s.CurrentVersion), Column.Of<SignatureRow>("signed_on", s => s.SignedOn),
                Column.Of<SignatureRow>("recorded_at", s => s.RecordedAt), Column.Of<SignatureRow>("recorded_by", s => s.RecordedBy),
            ], OutputFormat.Csv);
        if (context.Access.Decide("docs.status").Scope != Scope.All) yield break;
        yield return EvidenceFile.Rows("docs.regime.csv", "Состояние режима коммерческой тайны на сегодня: пять мер статьи 10 Федерального закона № 98-ФЗ",
            RegimeCheck.Run(context),
            [
                Column.Of<Measure>("measure", m => m.Number), Column.Of<Measure>("id", m => m.Id), Column.Of<Measure>("state", m => m.Done ? "done" : "missing"),
                Column.Of<Measure>("title", m => m.Title), Column.Of<Measure>("missing", m => string.Join("; ", m.Missing)),
            ], OutputFormat.Csv);
    }

    private static bool MaySee(IOpsContext context, string login) =>
        context.Staff.Find(login) is { } staff && PersonScope.Reaches(context.Access.Decide("docs.status").Scope, context.Actor, staff);
}
