using Ops.Sdk.Errors;
using Ops.Sdk.Input;

namespace Ops.Host.Tests;

public sealed class CsvInputTests
{
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
