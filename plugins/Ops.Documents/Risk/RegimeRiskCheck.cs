using Ops.Documents.Regime;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Documents.Risk;

/// <summary>Each measure of 98-FZ art. 10 that is not in place: without all five there is no regime.</summary>
internal sealed class RegimeRiskCheck(IOpsContext context) : IRiskCheck
{
    public string Id => "docs.regime";
    public string Title => Ru ? "Меры режима коммерческой тайны (ст. 10 98-ФЗ)" : "Trade-secret regime measures (98-FZ art. 10)";

    private bool Ru => context.Firm.Language == "ru";

    /// <summary>The measures of 98-FZ art. 10 part 1 by their ids in <see cref="RegimeCheck"/>, as the law words them.</summary>
    private static readonly Dictionary<string, string> MeasureRu = new(StringComparer.Ordinal)
    {
        ["list"] = "перечень информации, составляющей коммерческую тайну",
        ["access"] = "ограничение доступа установлением порядка обращения и контроль за его соблюдением",
        ["register"] = "учёт лиц, получивших доступ",
        ["contracts"] = "регулирование отношений трудовыми и гражданско-правовыми договорами",
        ["stamp"] = "гриф «Коммерческая тайна» с наименованием и местонахождением обладателя",
    };
    public string Area => "documents";

    public IEnumerable<RiskFinding> Run() =>
        RegimeCheck.Run(context).Where(m => !m.Done).Select(m => new RiskFinding(
            $"{Id}.{m.Id}", Severity.High,
            Ru ? $"Режим коммерческой тайны: не выполнена мера {m.Number} ({MeasureRu.GetValueOrDefault(m.Id, m.Title)})"
               : $"Trade-secret regime: measure {m.Number} ({m.Title}) is missing",
            string.Join("; ", m.Missing) + (Ru ? ". Режим существует, только когда выполнены все пять мер ст. 10 98-ФЗ."
                : ". The regime exists only when all five measures of 98-FZ art. 10 are in place."),
            m.Records,
            m.Fixes.FirstOrDefault() ?? "ops docs regime"));
}
