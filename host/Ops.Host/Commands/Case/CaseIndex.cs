using System.Globalization;
using System.Net;
using Ops.Sdk;
using Ops.Sdk.Departure;
using Ops.Sdk.Directory;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Ops.Host.Commands.Case;

/// <summary>The pack's <c>index.html</c>: one printable Russian page from the template <c>CaseIndex.sbn</c> (embedded).
/// Every value the template writes is HTML-encoded by the context, so no value from the store can become markup.</summary>
internal static class CaseIndex
{
    public const string FileName = "index.html";

    private static readonly Lazy<Template> Parsed = new(() =>
    {
        using var stream = typeof(CaseIndex).Assembly.GetManifestResourceStream("ops.case.index.sbn")
            ?? throw new InvalidOperationException("the case index template is missing from the host");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), "CaseIndex.sbn");
        return template.HasErrors ? throw new InvalidOperationException(string.Join("; ", template.Messages)) : template;
    });

    public sealed record Model(FirmProfile Firm, StaffMember Staff, DepartingPerson Person, DateTimeOffset At, Actor Actor,
        ChainProof Proof, IReadOnlyList<EvidenceFile> Files, IReadOnlyList<string> Problems, IReadOnlyList<string> Leaked);

    public static EvidenceFile Render(Model m)
    {
        string Date(DateOnly? d) => d?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";
        var globals = new ScriptObject
        {
            ["firm"] = m.Firm.StampName.Length > 0 ? m.Firm.StampName : "—",
            ["firm_inn"] = m.Firm.Inn,
            ["person"] = new ScriptObject
            {
                ["login"] = m.Staff.Login, ["name"] = m.Staff.FullName, ["role"] = m.Staff.Role, ["team"] = m.Staff.Team, ["email"] = m.Staff.Email,
                ["hired"] = Date(m.Staff.HireDate), ["notice"] = Date(m.Person.NoticeDate), ["last_day"] = Date(m.Person.LastWorkingDay),
                ["access_ends"] = Date(m.Staff.LeavingDate),
            },
            ["at"] = m.At.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["actor"] = m.Actor.IsImpersonated ? $"{m.Actor.Login} (от имени; выполнил {m.Actor.RealLogin})" : m.Actor.Login,
            ["proof"] = new ScriptObject
            {
                ["intact"] = m.Proof.Intact, ["problem"] = m.Proof.Problem, ["events"] = m.Proof.Events, ["head_id"] = m.Proof.HeadId,
                ["head_hash"] = m.Proof.HeadHash, ["first"] = m.Proof.FirstEvent?.ToString(CultureInfo.InvariantCulture) ?? "—",
                ["last"] = m.Proof.LastEvent?.ToString(CultureInfo.InvariantCulture) ?? "—", ["count"] = m.Proof.PersonEvents,
                ["exports"] = m.Proof.Exports, ["denied"] = m.Proof.Denied, ["withheld"] = m.Proof.Withheld,
            },
            ["files"] = new ScriptArray(m.Files.Select(f => (object?)new ScriptObject
            {
                ["name"] = f.FileName, ["title"] = f.Title, ["bytes"] = f.Content.Length, ["sha256"] = CasePack.Sha256(f.Content.Span),
            })),
            ["problems"] = new ScriptArray(m.Problems.Cast<object?>()),
            ["leaked"] = new ScriptArray(m.Leaked.Select(l => (object?)Path.GetFileName(l))),
            ["manifest"] = CasePack.Manifest,
        };
        var context = new HtmlContext { StrictVariables = true, EnableRelaxedMemberAccess = false, NewLine = "\n", LoopLimit = 1_000_000 };
        context.PushGlobal(globals);
        return EvidenceFile.Text(FileName, "Опись и пояснения (эта страница)", Parsed.Value.Render(context));
    }

    /// <summary>Writes every expression's value HTML-encoded; the template's own text passes as is.</summary>
    private sealed class HtmlContext : TemplateContext
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            var text = ObjectToString(textAsObject);
            if (!string.IsNullOrEmpty(text)) Write(WebUtility.HtmlEncode(text));
            return this;
        }
    }
}
