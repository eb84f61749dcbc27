namespace Ops.Clients.Import;

/// <summary>Maps import header names (case-insensitive, English per docs/contracts.md, or common Russian ones) to fields.</summary>
internal static class ImportHeader
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["инн"] = "inn", ["наименование"] = "name", ["название"] = "name", ["клиент"] = "name", ["кпп"] = "kpp", ["огрн"] = "ogrn",
        ["огрнип"] = "ogrn", ["опф"] = "legal_form", ["форма"] = "legal_form", ["статус"] = "status", ["абонплата"] = "monthly_fee",
        ["ежемесячная_плата"] = "monthly_fee", ["услуги"] = "services", ["ключевой"] = "key_client", ["владелец_контакта"] = "owner_contact",
        ["последний_контакт"] = "last_owner_contact", ["начало"] = "started_on", ["дата_начала"] = "started_on", ["домены"] = "domains",
        ["ведущий"] = "lead", ["бухгалтер"] = "lead", ["заместитель"] = "backup", ["контактное_лицо"] = "contact_person",
        ["должность"] = "contact_position", ["телефоны"] = "contact_phones", ["телефон"] = "contact_phones",
        ["email"] = "contact_emails", ["e-mail"] = "contact_emails", ["почта"] = "contact_emails", ["мессенджеры"] = "contact_messengers",
    };

    /// <summary>The field a header names, or null for a column this import does not use.</summary>
    public static string? Field(string header)
    {
        var h = header.Trim().Trim('\uFEFF').Replace(' ', '_');
        if (Data.ClientFields.Names.Contains(h.ToLowerInvariant())) return h.ToLowerInvariant();
        return Aliases.GetValueOrDefault(h);
    }
}
