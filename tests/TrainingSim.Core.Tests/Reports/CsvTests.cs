using System.Text;
using TrainingSim.Reports;

namespace TrainingSim.Core.Tests.Reports;

public class CsvTests
{
    [Fact]
    public void AppendRow_SpecialCharacters_QuotesPerRfc4180()
    {
        var text = new StringBuilder();
        Csv.AppendRow(text, ["plain", "a,b", "say \"hi\"", "two\nlines", "王小明", ""]);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",王小明,\r\n", text.ToString());
    }
}
