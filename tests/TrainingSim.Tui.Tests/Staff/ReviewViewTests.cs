using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Authoring;
using TrainingSim.Authoring.Editing;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Storage;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

/// <summary>The trainer's review queue at 80×24 on a copy of a shipped scenario and a real LiteDB file: a recorded
/// call's low-scored but good replies are queued; F2 accepts one into the file, F3 adds the phrase its rubric lacked,
/// and the attempt is re-scored.</summary>
public sealed class ReviewViewTests : IDisposable
{
    private static readonly string[] GoodButLow =
    [
        "您好，请问您是要查现在打电话的这部手机吗？",
        "对，我这就给您看一下，您稍微等我一下哈。",
        "您这个月话费还有58.60元，流量大概还剩3200兆左右。",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("trainingsim-tui-review-").FullName;
    private readonly string _file;
    private readonly LiteDbProgressStore _store;
    private readonly ReviewLoop _loop;

    public ReviewViewTests()
    {
        var repository = Repository();
        CopyFolder(Path.Combine(repository, "content"), Path.Combine(_folder, "content"));
        _file = Path.Combine(_folder, "scenarios", "polite-balance-enquiry.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.Copy(Path.Combine(repository, "scenarios", "zh-CN", "基础服务", "polite-balance-enquiry.yaml"), _file);
        _store = LiteDbProgressStore.Open(Path.Combine(_folder, "progress.db"));
        _loop = new ReviewLoop([Path.Combine(_folder, "scenarios")], Path.Combine(_folder, "content"), _store, _store, new FakeTimeProvider(StaffData.Now));
        Record(_loop.Scenarios.Single());
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Queue_At80x24_ListsTheLowRepliesByStepWithWhatTheyMissed()
    {
        using var game = Open();

        Assert.IsType<ReviewScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void Queue_NothingRecorded_SaysWhatWouldFillIt()
    {
        using var empty = LiteDbProgressStore.Open(Path.Combine(_folder, "empty.db"));
        using var game = new StaffHarness(store: empty, roles: StaffData.RolesWithPassphrases(), scenarios: _loop.Scenarios,
            review: new ReviewLoop([Path.Combine(_folder, "scenarios")], Path.Combine(_folder, "content"), empty, empty, new FakeTimeProvider(StaffData.Now)));
        game.Unlock(0, StaffData.Passphrase).Press(Key.CursorDown, 3).Press(Key.Enter);

        Snapshot.Match(game.Text());
    }

    [Fact]
    public void AcceptThenAddPhrase_WritesTheFileAndTheScoreFollows()
    {
        var before = _store.Attempts(AttemptQuery.All).Single().Score;
        using var game = Open();

        game.Press(Key.F2);
        var accepted = game.Text();
        game.Press(Key.F3).Type("这部手机").Press(Key.Enter);
        var fixedRubric = game.Text();

        var text = File.ReadAllText(_file);
        Assert.Contains("        - 您好，请问您是要查现在打电话的这部手机吗？", text, StringComparison.Ordinal);
        Assert.Contains("别的号码, 这部手机]", text, StringComparison.Ordinal);
        Assert.Contains("已加为步骤 opening 的好例子", accepted, StringComparison.Ordinal);
        var attempt = _store.Attempts(AttemptQuery.All).Single();
        Assert.True(attempt.Score > before, $"{before} → {attempt.Score}");
        Assert.Equal(before, attempt.Rescore!.OriginalScore);
        Assert.Contains($"{before} → {attempt.Score}", fixedRubric, StringComparison.Ordinal);
        Assert.False(ScenarioLoader.LoadFile(_file, ContentLoader.Load(Path.Combine(_folder, "content")).Content).HasErrors);
    }

    [Fact]
    public void Transcript_F6_OverridesTheScoreAndShowsBoth()
    {
        var scored = _store.Attempts(AttemptQuery.All).Single().Score;
        using var game = Open();

        game.Press(Key.Enter).Press(Key.F6).Type("90").Press(Key.Enter).Type("确认号码的说法没问题").Press(Key.Enter);

        Assert.IsType<TranscriptScreen>(game.Screen);
        var attempt = _store.Attempts(AttemptQuery.All).Single();
        Assert.Equal((90, scored, "trainer"), (attempt.Score, attempt.Override!.ScoredScore, attempt.Override.By));
        var screen = game.Text();
        Assert.Contains("得分 90 · ", screen, StringComparison.Ordinal);
        Assert.Contains("✎ 培训师于 ", screen, StringComparison.Ordinal);
        Assert.Contains($"把分数改为 90：确认号码的说法没问题（评分规则给 {scored}", screen, StringComparison.Ordinal);
    }

    private StaffHarness Open()
    {
        var game = new StaffHarness(store: _store, roles: StaffData.RolesWithPassphrases(), scenarios: _loop.Scenarios, review: _loop);
        game.Unlock(0, StaffData.Passphrase).Press(Key.CursorDown, 3).Press(Key.Enter);
        return game;
    }

    /// <summary>李娜's call: the three good but low replies, the best choice, and a plain close.</summary>
    private void Record(Scenario scenario)
    {
        var trainee = _store.AddTrainee("李娜", "2026-11");
        var recorder = AttemptRecorder.Start(_store, new Conversation(scenario), trainee, PlayMode.Practice, new FakeTimeProvider(StaffData.Now));
        foreach (var reply in GoodButLow)
            recorder.Reply(reply);
        recorder.Choose(1);
        recorder.Reply("不客气张女士，您看还有其他问题需要我帮忙的吗？");
        Assert.True(recorder.IsOver);
    }

    private static string Repository([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

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
