using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ops.Documents.Templating;

/// <summary>A template failed to parse or to render; <see cref="Problems"/> name the file and line of each.</summary>
internal sealed class TemplateException(IReadOnlyList<TemplateProblem> problems)
    : Exception(string.Join("\n", problems))
{
    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}

/// <summary>One problem in a template, at a 1-based line (0 when it is about the whole file).</summary>
internal sealed record TemplateProblem(string File, int Line, string Problem)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Problem}" : $"{File}: {Problem}";
}

/// <summary>
/// Scriban, strict and sandboxed: an unknown variable or member is an error; only pure built-ins
/// (string, array, math, date, html, timespan) exist, so there is no include, no file or network
/// access and no object.eval; loops, recursion, output and time are bounded.
/// </summary>
internal static class TemplateEngine
{
    public const int LoopLimit = 100_000;
    public const int RecursiveLimit = 32;
    public const int OutputLimit = 20_000_000;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private static readonly string[] AllowedBuiltins = ["array", "date", "html", "math", "string", "timespan", "empty", "blank"];

    public static Template Parse(string text, string file)
    {
        var template = Template.Parse(text, file);
        if (!template.HasErrors) return template;
        throw new TemplateException(template.Messages.Select(m => new TemplateProblem(file, m.Span.Start.Line + 1, m.Message)).ToList());
    }

    /// <summary>Renders to the intermediate markup (see <see cref="Markup"/>): every value the template
    /// writes is fenced, so data can never become structure.</summary>
    public static string Render(Template template, ScriptObject model, string file)
    {
        using var timeout = new CancellationTokenSource(TimeLimit);
        var context = new FencingContext(Builtins())
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            ObjectRecursionLimit = RecursiveLimit,
            LimitToString = 100_000,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            TemplateLoader = null,
            CancellationToken = timeout.Token,
            NewLine = "\n",
        };
        context.PushGlobal(model);
        try
        {
            var text = template.Render(context);
            if (text.Length > OutputLimit) throw Fail(file, 0, $"the output is longer than {OutputLimit} characters");
            return text;
        }
        catch (ScriptRuntimeException e)
        {
            throw Fail(file, e.Span.Start.Line + 1, e.OriginalMessage);
        }
        catch (OperationCanceledException)
        {
            throw Fail(file, 0, $"rendering took longer than {TimeLimit.TotalSeconds:0} s and was stopped");
        }
    }

    private static TemplateException Fail(string file, int line, string problem) => new([new TemplateProblem(file, line, problem)]);

    private static readonly Lazy<ScriptObject> LazyBuiltins = new(CreateBuiltins);

    private static ScriptObject Builtins() => LazyBuiltins.Value;

    private static ScriptObject CreateBuiltins()
    {
        var all = (ScriptObject)new TemplateContext().BuiltinObject;
        var allowed = new ScriptObject();
        foreach (var key in AllowedBuiltins)
            if (all.TryGetValue(key, out var value)) allowed.SetValue(key, value, readOnly: true);
        return allowed;
    }

    /// <summary>Writes every expression's value between fences; literal template text passes as is.</summary>
    private sealed class FencingContext(ScriptObject builtins) : TemplateContext(builtins)
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            var text = ObjectToString(textAsObject);
            if (!string.IsNullOrEmpty(text)) Write(Markup.Fence(text));
            return this;
        }
    }
}
