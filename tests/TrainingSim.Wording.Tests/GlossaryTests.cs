using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TrainingSim.Wording.Tests;

/// <summary>docs/glossary.md: one Chinese word for one thing. Every Chinese resource string in src/ (the neutral
/// .resx of a project whose neutral language is Chinese, and every *.zh-CN.resx) is checked against the words the
/// glossary rules out.</summary>
public sealed partial class GlossaryTests
{
    private static readonly (string Word, string Use)[] RuledOut =
    [
        ("批次", "班级"), ("情景", "场景"), ("剧本", "场景"), ("关卡", "场景"), ("讲师", "培训师"), ("班长", "组长"),
        ("主管", "组长"), ("学生", "学员"), ("课表", "培训计划"), ("测验", "考试"),
    ];

    [GeneratedRegex("单元(?!格)")]
    private static partial Regex UnitNotCell();

    [Fact]
    public void ChineseResources_UseTheGlossarysWords()
    {
        var problems = new List<string>();
        foreach (var (file, name, value) in ChineseStrings())
        {
            foreach (var (word, use) in RuledOut)
            {
                if (value.Contains(word, StringComparison.Ordinal))
                    problems.Add($"{file}: {name}: “{word}” — the glossary says “{use}”");
            }

            if (UnitNotCell().IsMatch(value))
                problems.Add($"{file}: {name}: “单元” — the glossary says “模块”");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ChineseResources_AreFound()
    {
        // The check above means nothing if it finds no strings: the TUI's and the CLI's Chinese resources must be among them.
        var files = ChineseStrings().Select(s => s.File).Distinct().ToList();
        Assert.Contains(files, f => f.Contains("TrainingSim.Tui", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("TrainingSim.Cli", StringComparison.Ordinal));
    }

    private static IEnumerable<(string File, string Name, string Value)> ChineseStrings()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        foreach (var path in Directory.EnumerateFiles(src, "*.resx", SearchOption.AllDirectories))
        {
            if (path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                continue;
            var entries = XDocument.Load(path).Root!.Elements("data")
                .Select(d => (Name: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? ""))
                .ToList();
            // A neutral .resx is Chinese when its strings are: English-neutral projects keep a *.zh-CN.resx beside it.
            var chinese = path.EndsWith(".zh-CN.resx", StringComparison.Ordinal)
                || (!Path.GetFileNameWithoutExtension(path).Contains('.') && entries.Any(e => e.Value.Any(c => c >= '\u4e00' && c <= '\u9fff')));
            if (!chinese)
                continue;
            foreach (var (name, value) in entries)
                yield return (Path.GetRelativePath(src, path), name, value);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TrainingSim.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TrainingSim.sln not found above the test folder.");
    }
}
