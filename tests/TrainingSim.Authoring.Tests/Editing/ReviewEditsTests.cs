using Snapshooter.Xunit;
using TrainingSim.Authoring.Editing;
using TrainingSim.Core.Scenarios;
using Xunit;

namespace TrainingSim.Authoring.Tests.Editing;

/// <summary>The review loop's file edits, on a copy of a commented scenario: the edited text (golden), that every
/// comment of the original survives, and that the edited file loads with the change in it.</summary>
public sealed class ReviewEditsTests : IDisposable
{
    private static readonly string Original = File.ReadAllText(Path.Combine(TestSupport.TestData, "Review", "commented.yaml"));
    private readonly string _folder = Directory.CreateTempSubdirectory("trainingsim-review-").FullName;
    private readonly string _path;

    public ReviewEditsTests()
    {
        _path = Path.Combine(_folder, "commented.yaml");
        File.WriteAllText(_path, Original);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Accept_IntoAnExistingGoodList_AddsALineAndKeepsEveryComment()
    {
        var result = ReviewEdits.AcceptReply(_path, TestSupport.Content, "opening", "大过年的给您添堵了，我这就帮您看。");

        Assert.True(result.Written, result.Problem + " " + result.Subject);
        var text = File.ReadAllText(_path);
        Snapshot.Match(text);
        AssertCommentsKept(text);
        Assert.Contains(Step("opening").Examples.Good, e => e.Reply == "大过年的给您添堵了，我这就帮您看。");
        Assert.Equal(27, result.Line);
    }

    [Fact]
    public void Accept_OnAStepWithoutExamples_CreatesExamplesAndGood()
    {
        var result = ReviewEdits.AcceptReply(_path, TestSupport.Content, "pay", "您别急: 手机上 #App 就能交, 很快的");

        Assert.True(result.Written, result.Problem + " " + result.Subject);
        var text = File.ReadAllText(_path);
        Snapshot.Match(text);
        AssertCommentsKept(text);
        Assert.Equal(["您别急: 手机上 #App 就能交, 很快的"], Step("pay").Examples.Good.Select(e => e.Reply));
    }

    [Fact]
    public void AddPhrase_ToAFlowList_AndToABlockList_KeepsTheirStyles()
    {
        Assert.True(ReviewEdits.AddPhrase(_path, TestSupport.Content, "opening", "soothe", "添堵了").Written);
        Assert.True(ReviewEdits.AddPhrase(_path, TestSupport.Content, "opening", "act", "这就帮您").Written);
        Assert.True(ReviewEdits.AddPhrase(_path, TestSupport.Content, "pay", "channel", "手机上, 网上").Written);

        var text = File.ReadAllText(_path);
        Snapshot.Match(text);
        AssertCommentsKept(text);
        var opening = (FreeTextStep)Load().Steps["opening"];
        Assert.Contains(opening.Rubric.Single(i => i.Id == "soothe").Phrases, p => p.Source == "添堵了");
        Assert.Contains(opening.Rubric.Single(i => i.Id == "act").Phrases, p => p.Source == "这就帮您");
        Assert.Contains(((FreeTextStep)Load().Steps["pay"]).Rubric.Single(i => i.Id == "channel").Phrases, p => p.Source == "手机上, 网上");
    }

    [Fact]
    public void AddConceptPhrase_AddsToTheBankAndTheContentStillLoads()
    {
        var content = Path.Combine(_folder, "content");
        CopyFolder(Path.Combine(TestSupport.TestData, "content"), content);

        var result = ReviewEdits.AddConceptPhrase(content, "zh-CN", "apology", "添堵了");

        Assert.True(result.Written, result.Problem + " " + result.Subject);
        Snapshot.Match(File.ReadAllText(Path.Combine(content, "format-2", "concepts", "zh-CN.yaml")));
        var loaded = ContentLoader.Load(content);
        Assert.False(loaded.HasErrors);
        Assert.Contains("添堵了", loaded.Content.Concepts["zh-CN"]["apology"]);
    }

    [Theory]
    [InlineData("opening", "真不好意思，我马上帮您查。", "AlreadyGood")]
    [InlineData("nowhere", "您好", "UnknownStep")]
    [InlineData("done", "您好", "NotFreeText")]
    [InlineData("opening", "   ", "EmptyText")]
    public void Accept_Refused_LeavesTheFileAsItWas(string step, string reply, string problem)
    {
        var result = ReviewEdits.AcceptReply(_path, TestSupport.Content, step, reply);

        Assert.Equal(problem, result.Problem.ToString());
        Assert.Equal(Original, File.ReadAllText(_path));
        Assert.Empty(Directory.GetFiles(_folder, "*.trainingsim-tmp"));
    }

    [Fact]
    public void AddPhrase_ThatBreaksTheFile_WritesNothing()
    {
        // A phrase the loader refuses (an invalid regex): the edit is checked before it is written.
        var result = ReviewEdits.AddPhrase(_path, TestSupport.Content, "opening", "act", "/([/");

        Assert.Equal(EditProblem.Invalid, result.Problem);
        Assert.Contains("commented.yaml:", result.Subject, StringComparison.Ordinal);
        Assert.Equal(Original, File.ReadAllText(_path));
    }

    [Fact]
    public void Edit_OfAFileWithAnAlias_IsRefused()
    {
        File.WriteAllText(_path, Original.Replace("    say: 那我怎么交钱？", "    say: &q 那我怎么交钱？", StringComparison.Ordinal));

        var result = ReviewEdits.AcceptReply(_path, TestSupport.Content, "pay", "您好");

        Assert.Equal(EditProblem.Unreadable, result.Problem);
        Assert.Contains("anchor", result.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_ARepliesWithQuotesAndBreaks_ReadsBackExactly()
    {
        const string reply = "'您好' \"请稍等\" - [1] {2} @3 \\4 true";
        Assert.True(ReviewEdits.AcceptReply(_path, TestSupport.Content, "opening", reply).Written);
        Assert.True(ReviewEdits.AcceptReply(_path, TestSupport.Content, "opening", "58").Written);

        var good = Step("opening").Examples.Good.Select(e => e.Reply).ToList();
        Assert.Contains(reply, good);
        Assert.Contains("58", good);
    }

    private static void AssertCommentsKept(string text)
    {
        // Each comment, from its # to the end of its line (the line itself may have gained a phrase).
        foreach (var line in Original.Split('\n').Where(l => l.Contains('#', StringComparison.Ordinal)))
            Assert.Contains(line[line.IndexOf('#', StringComparison.Ordinal)..], text, StringComparison.Ordinal);
    }

    private Scenario Load()
    {
        var result = ScenarioLoader.LoadFile(_path, TestSupport.Content);
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return result.Scenario!;
    }

    private FreeTextStep Step(string id) => (FreeTextStep)Load().Steps[id];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
