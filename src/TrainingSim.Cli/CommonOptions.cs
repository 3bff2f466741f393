using System.CommandLine;

namespace TrainingSim.Cli;

/// <summary>The options every command takes (recursive on the root command). One instance per parser.</summary>
public sealed class CommonOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string[]> Scenarios { get; } = new("--scenarios")
    {
        HelpName = "PATH",
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Content { get; } = new("--content")
    {
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string?> Language { get; } = new("--lang")
    {
        HelpName = "zh-CN|en",
        Recursive = true,
    };

    /// <param name="text">Help texts in the interface language.</param>
    public CommonOptions(Messages text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Database.Description = text["HelpDb"];
        Scenarios.Description = text["HelpScenarios"];
        Content.Description = text["HelpContent"];
        Language.Description = text["HelpLang"];
        Language.AcceptOnlyFromAmong(InterfaceLanguage.Supported);
    }

    public void AddTo(Command root)
    {
        root.Add(Database);
        root.Add(Scenarios);
        root.Add(Content);
        root.Add(Language);
    }
}
