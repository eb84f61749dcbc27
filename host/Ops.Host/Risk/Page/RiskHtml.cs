using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Ops.Host.Risk.Page;

/// <summary>The director's page: one self-contained HTML file (no scripts, no external assets), rendered from the
/// embedded Scriban template <c>risk.html.sbn</c>. Every value the template writes is HTML-encoded by the context,
/// so a client or person named <c>&lt;script&gt;</c> stays text whatever the template does.</summary>
internal static class RiskHtml
{
    private static readonly Lazy<Template> Page = new(() =>
    {
        using var stream = typeof(RiskHtml).Assembly.GetManifestResourceStream("ops.risk.risk.html.sbn")
                           ?? throw new InvalidOperationException("the risk page template is not embedded in the host");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), "risk.html.sbn");
        return template.HasErrors ? throw new InvalidOperationException(string.Join("\n", template.Messages)) : template;
    });

    public static string Render(RiskView view)
    {
        var model = new ScriptObject();
        model.Import(new RiskPageModel(view));
        var context = new EncodingContext { StrictVariables = true, EnableRelaxedMemberAccess = false, NewLine = "\n", TemplateLoader = null };
        context.PushGlobal(model);
        return Page.Value.Render(context);
    }

    private sealed class EncodingContext : TemplateContext
    {
        private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            var text = ObjectToString(textAsObject);
            if (!string.IsNullOrEmpty(text)) Write(Html.Encode(text));
            return this;
        }
    }
}
