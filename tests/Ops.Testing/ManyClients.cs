using System.Text;

namespace Ops.Testing;

/// <summary>Import files with many made-up clients (valid INNs), for tests that need an export of realistic size.</summary>
public static class ManyClients
{
    private static readonly int[] Weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];

    /// <summary>A valid 10-digit INN (legal entity) made from <paramref name="i"/>.</summary>
    public static string Inn(int i)
    {
        var body = $"66{10000 + i:D5}{i % 100:D2}";
        var check = 0;
        for (var d = 0; d < 9; d++) check += Weights[d] * (body[d] - '0');
        return body + check % 11 % 10;
    }

    /// <summary>A CSV of <paramref name="count"/> companies led by <paramref name="lead"/>, each with a contact.</summary>
    public static string Csv(int count, string lead)
    {
        var sb = new StringBuilder("inn,name,kpp,monthly_fee,lead,contact_person,contact_phones,contact_emails\n");
        for (var i = 0; i < count; i++)
        {
            var inn = Inn(i);
            sb.Append($"{inn},ООО Клиент-{i},{inn[..4]}01001,{10000 + i * 10},{lead},Клиентов Пётр Иванович,+7 912 {100 + i % 900:D3}-{i % 100:D2}-{i / 100 % 100:D2},petr{i}@client{i}.ru\n");
        }
        return sb.ToString();
    }
}
