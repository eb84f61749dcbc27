namespace Ops.Clients.Access;

/// <summary>How contact details look to someone without <c>clients.contacts</c> for the client:
/// enough to recognise a known contact, not enough to call or write to them.</summary>
internal static class Mask
{
    public const char Dot = '•';

    /// <summary>+79125550112 → "+7 9•• •••-••-12".</summary>
    public static string Phone(string phone)
    {
        var number = phone.Split(';')[0];
        var d = new string(number.Where(char.IsAsciiDigit).ToArray());
        if (d.Length < 4) return new string(Dot, 3);
        var first = d.Length == 11 ? d[1] : d[0];
        return $"+7 {first}•• •••-••-{d[^2..]}";
    }

    /// <summary>ivan@client.ru → "i•••@client.ru". The domain stays: it names the client, which the viewer may see.</summary>
    public static string Email(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? new string(Dot, 3) : $"{email[0]}•••{email[at..]}";
    }

    /// <summary>@ivan_petrov → "@i•••".</summary>
    public static string Messenger(string handle)
    {
        var start = handle.StartsWith('@') ? 1 : 0;
        return handle.Length <= start ? new string(Dot, 3) : $"{handle[..start]}{handle[start]}•••";
    }

    /// <summary>"Иван Петров" → "И••• П•••".</summary>
    public static string Person(string person) =>
        string.Join(' ', person.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"{w[0]}•••"));

    /// <summary>Masks one contact point by its kind.</summary>
    public static string Point(string kind, string value) => kind switch
    {
        "phone" => Phone(value),
        "email" => Email(value),
        _ => Messenger(value),
    };
}
