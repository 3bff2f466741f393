using System.CommandLine;
using System.CommandLine.Help;
using TrainingSim.Reports;

namespace TrainingSim.Cli;

/// <summary>The parts of <c>--help</c> that System.CommandLine words itself, in the interface language. Its
/// 2.0.0 Chinese resources leave the help option's description, the "Description:" heading, "(REQUIRED)" and
/// "[default: …]" in English, and its help builder is internal, so the options get our descriptions and the
/// written help page gets those three fixed words replaced. "(REQUIRED)" ends an option's first column, so its
/// replacement is padded to the same display width to keep the second column aligned.</summary>
public static class HelpWording
{
    /// <summary>The framework's own English words, as its neutral resources spell them.</summary>
    private static readonly (string Framework, string Key, bool InFirstColumn)[] FrameworkWords =
    [
        ("Description:", "HelpHeadingDescription", false),
        ("(REQUIRED)", "HelpRequired", true),
        ("[default: ", "HelpDefaultValue", false),
    ];

    /// <summary>Gives the help and version options of <paramref name="root"/> their descriptions.</summary>
    public static void Describe(RootCommand root, Messages text)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var option in root.Options)
        {
            if (option is HelpOption)
                option.Description = text["HelpHelp"];
            else if (option is VersionOption)
                option.Description = text["HelpVersion"];
        }
    }

    /// <summary>A help page as System.CommandLine wrote it, with its fixed words in the interface language.</summary>
    public static string Localize(string page, Messages text)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (framework, key, inFirstColumn) in FrameworkWords)
        {
            var word = text[key];
            if (inFirstColumn)
                word += new string(' ', Math.Max(0, DisplayWidth.Of(framework) - DisplayWidth.Of(word)));
            page = page.Replace(framework, word, StringComparison.Ordinal);
        }

        return page;
    }
}
