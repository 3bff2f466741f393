using System.CommandLine;

namespace TrainingSim.Cli;

/// <summary>The options every command takes (recursive on the root command). One instance per parser.</summary>
public sealed class CommonOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The LiteDB progress file (default: $TRAININGSIM_DB, else <user data dir>/TrainingSim/progress.db).",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string[]> Scenarios { get; } = new("--scenarios")
    {
        Description = "Scenario files or folders, repeatable (default: the shipped scenarios/).",
        HelpName = "PATH",
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Content { get; } = new("--content")
    {
        Description = "The content folder: skills, phrase banks, house rubric (default: the shipped content/).",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string?> Language { get; } = new("--lang")
    {
        Description = "Interface language: zh-CN or en (default: from the system culture, else zh-CN).",
        HelpName = "zh-CN|en",
        Recursive = true,
    };

    public CommonOptions() => Language.AcceptOnlyFromAmong(InterfaceLanguage.Supported);

    public void AddTo(Command root)
    {
        root.Add(Database);
        root.Add(Scenarios);
        root.Add(Content);
        root.Add(Language);
    }
}
