using System.Globalization;
using System.Text;

namespace TrainingSim.Cli.Tests.Hosting;

public class ErrorReportTests
{
    private static readonly Messages English = new(CultureInfo.GetCultureInfo("en"));

    private static (int Code, string Text) Report(Exception exception)
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = ErrorReport.Write(exception, error, English);
        return (code, error.ToString());
    }

    [Fact]
    public void Write_CliExceptionWithLocation_IsOneLineAtThatPlace()
    {
        var (code, text) = Report(new CliException("give a number 1..2", ExitCodes.Usage, "replies.txt:3:1"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("replies.txt:3:1: error: give a number 1..2\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_CliExceptionWithProblemCode_KeepsTheCode()
    {
        var (code, _) = Report(new CliException("unknown trainee", ExitCodes.Problem));

        Assert.Equal(ExitCodes.Problem, code);
    }

    [Fact]
    public void Write_UnknownException_IsOneLineAskingForAReport()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("boom\n   at Somewhere.Else()");
        }
        catch (InvalidOperationException exception)
        {
            thrown = exception;
        }

        var (code, text) = Report(thrown);

        Assert.Equal(ExitCodes.Bug, code);
        Assert.Equal(3, code);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("please report", text, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MissingFile_NamesTheFile()
    {
        var (code, text) = Report(new FileNotFoundException("gone", "/nowhere/replies.txt"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("/nowhere/replies.txt: error: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BadEncoding_SaysNotUtf8()
    {
        var (code, text) = Report(new DecoderFallbackException("bad byte"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("not UTF-8", text, StringComparison.Ordinal);
    }
}
