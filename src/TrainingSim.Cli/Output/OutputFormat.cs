using System.CommandLine;

namespace TrainingSim.Cli;

/// <summary>The <c>--format</c> option of a command: one of a fixed set, the first the default.</summary>
public static class OutputFormat
{
    public static Option<string> Option(Messages text, params string[] formats)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(formats);
        var option = new Option<string>("--format")
        {
            Description = text.Format("HelpFormat", string.Join(", ", formats)),
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
