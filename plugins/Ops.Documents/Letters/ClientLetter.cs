using System.Globalization;
using MimeKit;
using Ops.Documents.Rendering;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Directory;

namespace Ops.Documents.Letters;

/// <summary>One client of the person who leaves, as the letter needs it.</summary>
/// <param name="NewLead">Who leads the client from her first day without access (as the handover set it), or null.</param>
internal sealed record LetterClient(long Id, string Name, string ContactPerson, IReadOnlyList<string> Emails, string? NewLead);

/// <summary>The director's letter to one client: the accountant who served it has left, who serves it now, and the firm's
/// corporate channels. As a DOCX (the signed paper) and as a ready-to-send message (the text inline, the DOCX attached).</summary>
internal sealed record ClientLetter(FirmProfile Firm, StaffMember Director, StaffMember Leaver, StaffMember Successor, DateOnly FirstDayWithout,
    DateOnly Today, LetterClient Client)
{
    private static string D(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public string Subject => $"{Firm.Name}: ваш бухгалтер теперь — {Successor.FullName}";

    private string Greeting => Client.ContactPerson.Length > 0 ? $"Здравствуйте, {Client.ContactPerson}!" : "Здравствуйте!";

    private IReadOnlyList<string> Paragraphs =>
    [
        $"С {D(FirstDayWithout)} {Leaver.FullName} больше не работает в {Firm.Name}. Учёт и отчётность {Client.Name} с этого дня ведёт {Successor.FullName}"
            + (Successor.Email.Length > 0 ? $", адрес: {Successor.Email}" : "") + ". Договор, сроки и все договорённости остаются в силе; документы и данные вашей компании находятся в фирме.",
        "Пожалуйста, пишите и звоните только по корпоративным каналам фирмы: " + string.Join(", ",
            new[] { Successor.Email, Firm.SharedMailbox }.Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            + ", корпоративные телефоны и мессенджер фирмы. Личные телефоны, почта и мессенджеры бывших сотрудников не являются каналами фирмы: не передавайте по ним документы и сведения о вашей компании.",
        $"Если у вас есть вопросы о переходе, напишите мне напрямую{(Director.Email.Length > 0 ? $": {Director.Email}" : "")}.",
    ];

    private string Position => Firm.DirectorPosition.Length > 0 ? Firm.DirectorPosition : "Генеральный директор";

    /// <summary>The letter as a document (no «Коммерческая тайна» stamp: it is written to the client).</summary>
    public RenderedDocument Document()
    {
        var lines = new List<string>
        {
            Markup.Fence($"{Firm.Name}{(Firm.Inn.Length > 0 ? $", ИНН {Firm.Inn}" : "")}{(Firm.Address.Length > 0 ? $", {Firm.Address}" : "")}"),
            "",
            Markup.Fence($"{D(Today)}. Руководителю {Client.Name}"),
            "",
            "# " + Markup.Fence("О смене бухгалтера, ведущего вашу компанию"),
            "",
            Markup.Fence(Greeting),
            "",
        };
        foreach (var p in Paragraphs) lines.AddRange([Markup.Fence(p), ""]);
        lines.Add("@sign " + Markup.Fence(Position) + " | " + Markup.Fence(Director.FullName));
        return new RenderedDocument($"Письмо {Client.Name}", "ru", Markup.Parse(string.Join("\n", lines) + "\n"), []);
    }

    /// <summary>The message: From the director, To the client's contact e-mails, Cc the successor, the text inline and the
    /// signed DOCX attached. <c>X-Unsent: 1</c> makes mail programs open it as a draft to send.</summary>
    public MimeMessage Message(byte[] docx, string docxName)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Director.FullName, Director.Email));
        foreach (var e in Client.Emails) message.To.Add(new MailboxAddress(Client.ContactPerson, e));
        if (Successor.Email.Length > 0) message.Cc.Add(new MailboxAddress(Successor.FullName, Successor.Email));
        message.Subject = Subject;
        message.Date = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        message.Headers.Add("X-Unsent", "1");
        var body = new BodyBuilder
        {
            TextBody = Greeting + "\n\n" + string.Join("\n\n", Paragraphs) + $"\n\n{Position}\n{Director.FullName}\n{Firm.Name}\n",
        };
        body.Attachments.Add(docxName, docx, ContentType.Parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        message.Body = body.ToMessageBody();
        return message;
    }
}
