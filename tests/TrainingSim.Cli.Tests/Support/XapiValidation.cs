namespace TrainingSim.Cli.Tests.Support;

/// <summary>Runs Learning Locker's statement validator (@learninglocker/xapi-validation, via tests/lrs/validate.js).</summary>
public static class XapiValidation
{
    /// <summary>The validator's report on statements given one a line: problems, then "N valid, N invalid".</summary>
    public static string Validate(string lines)
    {
        if (TestLrs.Missing(shared: false) is { } why)
            throw new InvalidOperationException(why);
        var (code, output) = TestLrs.RunTool("node", lines, "validate.js");
        return code == 0 ? output.TrimEnd() : throw new InvalidOperationException("validate.js failed: " + output);
    }
}
