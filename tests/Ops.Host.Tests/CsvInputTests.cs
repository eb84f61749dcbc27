using Ops.Sdk.Errors;
using Ops.Sdk.Input;

namespace Ops.Host.Tests;

public sealed class CsvInputTests
{
    [Theory]
    [InlineData(0)]   // two Cyrillic letters end exactly at the first megabyte
    [InlineData(1)]   // the first megabyte ends inside the second one
    public void A_utf8_file_whose_first_megabyte_ends_at_or_inside_a_cyrillic_letter_is_read_as_utf8(int cut)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ops-head-{Guid.NewGuid():N}.csv");
        try
        {
            var text = new string('a', (1 << 20) - 4 + cut) + "ЯЯ\nООО Бета\n";
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            using var reader = TextInput.OpenText(path, null, note => Assert.Fail(note));
            Assert.Equal(text, reader.ReadToEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Records_carry_the_line_they_start_on_even_after_a_line_break_inside_quotes()
    {
        var records = CsvInput.Records("inn;name\r\n7707083893;\"ООО \"\"Ромашка\"\"\nвторая строка\"\r\n\r\n500100732259;ИП Иванов\r\n", ';', "c.csv");
        Assert.Equal(3, records.Count);
        Assert.Equal("ООО \"Ромашка\"\nвторая строка", records[1].Fields[1]);
        Assert.Equal(5, records[2].Line);
        Assert.Equal(["500100732259", "ИП Иванов"], records[2].Fields);
    }

    [Fact]
    public void Malformed_quoting_is_an_error_naming_the_file_and_line()
    {
        var e = Assert.Throws<InvalidInputException>(() => CsvInput.Records("a,b\n1,\"x\"y\"\n", ',', "bad.csv"));
        Assert.Contains("bad.csv:2", e.Message);
    }
}
