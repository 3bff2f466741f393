using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Tests.TestSupport;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Progress;

public class AttemptRecorderTests
{
    private readonly FakeTimeProvider _clock = Records.StartClock();
    private readonly InMemoryProgressStore _store = new();
    private readonly Trainee _trainee = new("小王", "2026-11", Records.Start);

    private AttemptRecorder StartHoliday(PlayMode mode = PlayMode.Practice) =>
        AttemptRecorder.Start(_store, new Conversation(HolidayScenario.Create() with { Id = "holiday", VersionHash = "sha256:v1" }),
            _trainee, mode, _clock);

    [Fact]
    public void Start_NewCall_StoresAttemptWithNoTurnsAndNoOutcome()
    {
        var recorder = StartHoliday(PlayMode.Exam);

        var stored = _store.FindAttempt(recorder.AttemptId)!;
        Assert.Equal("小王", stored.Trainee);
        Assert.Equal("2026-11", stored.Cohort);
        Assert.Equal("holiday", stored.ScenarioId);
        Assert.Equal("sha256:v1", stored.ScenarioVersion);
        Assert.Equal(PlayMode.Exam, stored.Mode);
        Assert.Equal(Records.Start, stored.StartedAt);
        Assert.Null(stored.Outcome);
        Assert.Empty(stored.Turns);
    }

    [Fact]
    public void Reply_Answered_TurnStoredAtOnce()
    {
        var recorder = StartHoliday();
        _clock.Advance(TimeSpan.FromSeconds(20));

        var turn = recorder.Reply(HolidayScenario.Expert, TimeSpan.FromSeconds(18.5), hintUsed: true);

        var stored = Assert.Single(_store.FindAttempt(recorder.AttemptId)!.Turns);
        Assert.Equal(0, stored.Index);
        Assert.Equal("opening", stored.StepId);
        Assert.Equal(HolidayScenario.Expert, stored.Reply);
        Assert.Equal(18.5, stored.SecondsTaken);
        Assert.True(stored.HintUsed);
        Assert.Equal(turn.Matched.Select(m => m.Item.Id), stored.Matched);
        Assert.Equal(turn.Missed.Select(m => m.Id), stored.Missed);
        Assert.Equal(turn.MoodAfter, stored.MoodAfter);
        Assert.Equal(turn.Net, stored.Net);
        Assert.Equal(turn.Maximum, stored.Maximum);
        Assert.Equal("locate", stored.NextStepId);
        Assert.Equal(Records.Start.AddSeconds(20), stored.AnsweredAt);
        Assert.Null(_store.FindAttempt(recorder.AttemptId)!.Outcome);
    }

    [Fact]
    public void Choose_LastStep_FinishesWithTheResult()
    {
        var recorder = StartHoliday();
        recorder.Reply(HolidayScenario.Expert);
        _clock.Advance(TimeSpan.FromMinutes(2));
        recorder.Choose(2);

        var stored = _store.FindAttempt(recorder.AttemptId)!;
        var result = recorder.Result();
        Assert.True(recorder.IsOver);
        Assert.Equal("resolved", stored.Outcome);
        Assert.True(stored.Success);
        Assert.Equal(result.Score, stored.Score);
        Assert.Equal(3, stored.Stars);
        Assert.Equal(result.Skills, stored.Skills);
        Assert.Equal(Records.Start.AddMinutes(2), stored.EndedAt);
        Assert.Equal([null, 2], stored.Turns.Select(t => t.Choice));
        Assert.Equal("我帮您联系离您最近的营业厅。", stored.Turns[1].Reply);
    }

    [Fact]
    public void Reply_CustomerHangsUp_StoredAsHungUp()
    {
        var scenario = Scenario(5, Free("a", "end", Item("x", 2, "抱歉")), End("end"));
        var recorder = AttemptRecorder.Start(_store, new Conversation(scenario), _trainee, PlayMode.Practice, _clock);

        recorder.Reply("随便");

        var stored = _store.FindAttempt(recorder.AttemptId)!;
        Assert.Equal(Outcomes.HungUp, stored.Outcome);
        Assert.True(Assert.Single(stored.Turns).HungUp);
        Assert.True(stored.Completed);
    }

    [Fact]
    public void Abandon_MidCall_StoredAsAbandonedWithAnsweredTurns()
    {
        var recorder = StartHoliday();
        recorder.Reply(HolidayScenario.Rude);
        _clock.Advance(TimeSpan.FromMinutes(1));
        recorder.Abandon();
        recorder.Abandon();

        var stored = _store.FindAttempt(recorder.AttemptId)!;
        Assert.Equal(Outcomes.Abandoned, stored.Outcome);
        Assert.False(stored.Completed);
        Assert.Equal(0, stored.Stars);
        Assert.Equal(Records.Start.AddMinutes(1), stored.EndedAt);
        Assert.Single(stored.Turns);
    }

    [Fact]
    public void Abandon_AfterTheEnd_ChangesNothing()
    {
        var recorder = StartHoliday();
        recorder.Reply(HolidayScenario.Expert);
        recorder.Choose(2);
        recorder.Abandon();
        Assert.Equal("resolved", _store.FindAttempt(recorder.AttemptId)!.Outcome);
    }

    [Fact]
    public void Reply_WrongStepKind_NothingStored()
    {
        var recorder = StartHoliday();
        Assert.Throws<InvalidOperationException>(() => recorder.Choose(1));
        Assert.Empty(_store.FindAttempt(recorder.AttemptId)!.Turns);
    }

    [Fact]
    public void Start_ConversationAlreadyAnswered_Throws()
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);
        Assert.Throws<ArgumentException>(() => AttemptRecorder.Start(_store, call, _trainee, PlayMode.Practice, _clock));
        Assert.Empty(_store.Attempts(AttemptQuery.All));
    }
}
