using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Hosting;

/// <summary>Every command, option and argument of the whole command tree, and every help page, is worded in the
/// interface language: a zh-CN text that equals its en text or has no Chinese in it is untranslated.</summary>
public sealed partial class HelpTranslationTests
{
    /// <summary>Names that stay as they are in Chinese text (protocols, formats, placeholders, values a user types).</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "trainingsim", "LRS", "xAPI", "JSON", "UTF-8", "CSV", "PIN", "ID", "id", "YAML", "zh-CN", "en",
        "PATH", "NAME", "FILE", "URL", "N", "S", "SECONDS", "TEXT", "PLAN", "COHORT", "ATTEMPT", "TURN",
        "SCENARIO", "STEP", "ITEM", "PHRASE", "YYYY-MM-DD", "[options]", "[command]", "table", "csv", "json", "text",
    };

    [Fact]
    public void CommandTree_InChinese_HasEveryTextTranslated()
    {
        var chinese = Texts(InterfaceLanguage.Chinese);
        var english = Texts(InterfaceLanguage.English);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        var untranslated = chinese
            .Where(t => !ChineseText.In(t.Value) || t.Value == english[t.Key])
            .Select(t => $"{t.Key}: “{t.Value}”")
            .ToList();
        Assert.True(untranslated.Count == 0, "untranslated in zh-CN:\n" + string.Join("\n", untranslated));
    }

    [Fact]
    public void CommandTree_InEnglish_HasNoChinese()
    {
        var chinese = Texts(InterfaceLanguage.English).Where(t => ChineseText.In(t.Value)).Select(t => $"{t.Key}: “{t.Value}”").ToList();

        Assert.True(chinese.Count == 0, "Chinese in en:\n" + string.Join("\n", chinese));
    }

    [Fact]
    public void CommandTree_IsWalked()
    {
        // The checks above mean nothing if the walk misses the nested commands and System.CommandLine's own options.
        var texts = Texts(InterfaceLanguage.Chinese);

        Assert.Contains("trainingsim db recover --out", texts.Keys);
        Assert.Contains("trainingsim trainee remove NAME", texts.Keys);
        Assert.Contains("trainingsim --help", texts.Keys);
        Assert.True(texts.Count > 100, $"{texts.Count} texts");
    }

    [Fact]
    public void HelpPages_InChinese_HaveNoEnglishLine()
    {
        var problems = new List<string>();
        foreach (var path in CommandPaths(Root(InterfaceLanguage.Chinese)))
        {
            var result = InProcessCli.Run(["--lang", InterfaceLanguage.Chinese, .. path, "--help"]);
            Assert.Equal(ExitCodes.Success, result.ExitCode);
            foreach (var line in result.OutLines)
            {
                if (!ChineseText.In(line) && LeftOver(line, path).Any())
                    problems.Add($"trainingsim {string.Join(' ', path.Append("--help"))}: “{line.Trim()}”");
            }
        }

        Assert.True(problems.Count == 0, "English in zh-CN help:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void HelpPage_RequiredOption_StaysAligned()
    {
        var result = InProcessCli.Run("--lang", InterfaceLanguage.Chinese, "export", "--help");

        var required = Assert.Single(result.OutLines, l => l.Contains("--out", StringComparison.Ordinal));
        var trainee = Assert.Single(result.OutLines, l => l.Contains("--trainee", StringComparison.Ordinal));
        Assert.Contains("(必填)", required, StringComparison.Ordinal);
        Assert.Equal(DisplayColumn(trainee, "只导出这名学员"), DisplayColumn(required, "要写入的文件"));
        Assert.Contains("显示帮助和用法。", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("说明:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpPage_InEnglish_KeepsTheFrameworkWords()
    {
        var result = InProcessCli.Run("--lang", InterfaceLanguage.English, "sync", "--help");

        Assert.StartsWith("Description:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Statements per request. [default: 100]", result.Out, StringComparison.Ordinal);
        Assert.Contains("Show help and usage information.", result.Out, StringComparison.Ordinal);
    }

    /// <summary>Every description in the tree, keyed by where it is: <c>trainingsim db backup --out</c>.</summary>
    private static Dictionary<string, string> Texts(string language)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(Root(language), "trainingsim", texts);
        return texts;
    }

    private static void Walk(Command command, string path, Dictionary<string, string> texts)
    {
        texts[path] = command.Description ?? "";
        foreach (var argument in command.Arguments)
            texts[$"{path} {argument.Name}"] = argument.Description ?? "";
        foreach (var option in command.Options)
            texts[$"{path} {option.Name}"] = option.Description ?? "";
        foreach (var subcommand in command.Subcommands)
            Walk(subcommand, $"{path} {subcommand.Name}", texts);
    }

    private static IEnumerable<string[]> CommandPaths(Command command, string[]? path = null)
    {
        path ??= [];
        yield return path;
        foreach (var subcommand in command.Subcommands)
        {
            foreach (var nested in CommandPaths(subcommand, [.. path, subcommand.Name]))
                yield return nested;
        }
    }

    private static RootCommand Root(string language)
    {
        var text = new Messages(CultureInfo.GetCultureInfo(language));
        var console = new CliConsole(new StringReader(""), new StringWriter(CultureInfo.InvariantCulture), new StringWriter(CultureInfo.InvariantCulture));
        return CliApp.BuildRoot(new CliHost(new CommonOptions(text), console, InProcessCli.Environment(), text));
    }

    /// <summary>The Latin words of a help line that are not option names, placeholders, command names or names.</summary>
    private static IEnumerable<string> LeftOver(string line, string[] path) =>
        Words().Matches(OptionsAndPlaceholders().Replace(line, " "))
            .Select(m => m.Value)
            .Where(w => !Names.Contains(w) && !path.Contains(w) && !IsSubcommandName(w));

    /// <summary>Every command's name, the root's included (the program's file name: testhost under the test runner).</summary>
    private static readonly HashSet<string> SubcommandNames =
        [Root(InterfaceLanguage.English).Name, .. CommandPaths(Root(InterfaceLanguage.English)).SelectMany(p => p)];

    private static bool IsSubcommandName(string word) => SubcommandNames.Contains(word);

    /// <summary>Where <paramref name="text"/> starts on the screen: a Chinese character takes two columns.</summary>
    private static int DisplayColumn(string line, string text) =>
        line[..line.IndexOf(text, StringComparison.Ordinal)].Sum(c => ChineseText.IsIdeograph(c) ? 2 : 1);

    [GeneratedRegex(@"(?<![\w-])--?[\w?-]+|<[^>]*>|\[options\]|\[command\]|[A-Za-z]+\|[A-Za-z|]+")]
    private static partial Regex OptionsAndPlaceholders();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9.'-]*[A-Za-z0-9]|[A-Za-z]")]
    private static partial Regex Words();
}
