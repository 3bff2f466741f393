using System.CommandLine;

namespace TrainingSim.Cli;

/// <summary>The <c>--format</c> option of a command: one of a fixed set, the first the default.</summary>
public static class OutputFormat
{
    /// <summary>The option with its description in English (prefer the overload taking the host's messages).</summary>
    public static Option<string> Option(params string[] formats) =>
        Option(new Messages(System.Globalization.CultureInfo.GetCultureInfo(InterfaceLanguage.English)), formats);

    /// <summary>The option with its description in the interface language.</summary>
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
