using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;

using TrainingSim.Core.Tests.Progress;

namespace TrainingSim.Storage.Tests;

/// <summary>Real processes on a real file: killed mid-call, and writing at the same time.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("progress.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void KilledProcess_AfterFiveTurns_TurnsKeptAndAttemptAbandoned()
    {
        Guid id;
        using (var probe = new Probe(Db, "小王", "5", "wait"))
        {
            var lines = probe.ReadUntil("turn 5 stored");
            id = Guid.Parse(lines[0]["attempt ".Length..]);
            probe.Kill();
        }

        using var store = LiteDbProgressStore.Open(Db);
        var attempt = store.FindAttempt(id)!;
        Assert.Equal(Outcomes.Abandoned, attempt.EffectiveOutcome);
        Assert.Null(attempt.EndedAt);
        Assert.Equal([0, 1, 2, 3, 4], attempt.Turns.Select(t => t.Index));
        Assert.Equal("小王 回复 4", attempt.Turns[4].Reply);
        Assert.Equal("probe", store.FindTrainee("小王")!.Cohort);
    }

    [Fact]
    public void KilledProcess_WhileWritingTurns_EveryPrintedTurnKeptAndFileUsable()
    {
        Guid id;
        using (var probe = new Probe(Db, "busy", "100000", "finish"))
        {
            var lines = probe.ReadUntil("turn 25 stored");
            id = Guid.Parse(lines[0]["attempt ".Length..]);
            probe.Kill();
        }

        using var store = LiteDbProgressStore.Open(Db);
        var attempt = store.FindAttempt(id)!;
        Assert.Null(attempt.Outcome);
        Assert.InRange(attempt.Turns.Count, 25, 100000);
        Assert.Equal(Enumerable.Range(0, attempt.Turns.Count), attempt.Turns.Select(t => t.Index));

        // The file still takes writes after the kill.
        store.FinishAttempt(id, new AttemptFinish(Outcomes.Abandoned, false, 0, 0, new Dictionary<string, int>(), DateTimeOffset.UtcNow));
        Assert.Equal(Outcomes.Abandoned, store.FindAttempt(id)!.Outcome);
    }

    [Fact]
    public void KilledProcess_RecordingARealCall_ReplyKeptAndAttemptAbandoned()
    {
        Guid id;
        using (var probe = new Probe(Db, "recorded", "1", "recorder"))
        {
            var lines = probe.ReadUntil("turn 1 stored");
            id = Guid.Parse(lines[0]["attempt ".Length..]);
            probe.Kill();
        }

        using var store = LiteDbProgressStore.Open(Db);
        var attempt = store.FindAttempt(id)!;
        Assert.Equal(Outcomes.Abandoned, attempt.EffectiveOutcome);
        Assert.Equal(PlayMode.Exam, attempt.Mode);
        var turn = Assert.Single(attempt.Turns);
        Assert.Equal("opening", turn.StepId);
        Assert.Equal(9, turn.SecondsTaken);
        Assert.Equal(["soothe", "new-year", "house.honorific"], turn.Matched);
        Assert.Equal(100, turn.Score);
    }

    [Fact]
    public void TwoProcessesAndThisOne_WritingAtOnce_NothingLost()
    {
        const int Turns = 100;
        LiteDbProgressStore.Open(Db).Dispose();
        using var first = new Probe(Db, "甲", Turns.ToString(), "finish");
        using var second = new Probe(Db, "乙", Turns.ToString(), "finish");

        var mine = Records.Attempt("丙");
        using (var store = LiteDbProgressStore.Open(Db))
        {
            store.StartAttempt(mine);
            for (var i = 0; i < Turns; i++)
                store.RecordTurn(mine.Id, Records.Turn(i));
        }

        Assert.True(first.WaitForExit() == 0, first.Errors);
        Assert.True(second.WaitForExit() == 0, second.Errors);

        using var reader = LiteDbProgressStore.Open(Db);
        var attempts = reader.Attempts(AttemptQuery.All);
        Assert.Equal(["丙", "乙", "甲"], attempts.Select(a => a.Trainee).Order(StringComparer.Ordinal));
        Assert.All(attempts, a => Assert.Equal(Enumerable.Range(0, Turns), a.Turns.Select(t => t.Index)));
        Assert.Equal(2, attempts.Count(a => a.Outcome == "resolved"));
        Assert.Equal(["丙", "乙", "甲"], reader.ListTrainees().Select(t => t.Name));
    }
}
