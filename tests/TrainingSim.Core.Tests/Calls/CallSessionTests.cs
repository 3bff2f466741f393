using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Calls;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Tests.TestSupport;

namespace TrainingSim.Core.Tests.Calls;

public class CallSessionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 17, 1, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("2", true)]
    [InlineData(" 2 ", true)]
    [InlineData("02", true)]
    [InlineData("3", false)]
    [InlineData("0", false)]
    [InlineData("+1", false)]
    [InlineData("二", false)]
    [InlineData("", false)]
    public void TryAnswer_ChoiceStep_TakesOnlyOneOfItsNumbers(string text, bool taken)
    {
        var call = CallSession.Start(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);

        Assert.Equal(taken, call.TryAnswer(text, out var turn));
        Assert.Equal(taken, turn is not null);
        Assert.Equal(taken ? 2 : 1, call.Conversation.Turns.Count);
    }

    [Fact]
    public void TryAnswer_FreeTextStep_AnyTextIsAReply()
    {
        var call = CallSession.Start(HolidayScenario.Create());

        Assert.True(call.TryAnswer("1", out var turn));
        Assert.Null(turn!.Choice);
    }

    [Fact]
    public void Timed_AnswerAfterReplySeconds_IsOverTimeAndTheNextStepStartsItsOwnClock()
    {
        var scenario = HolidayScenario.Create() with { ReplySeconds = 30 };
        var call = CallSession.Start(scenario, PlayMode.Practice, CallTiming.Timed, _clock);
        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(-1, call.SecondsLeft);

        var late = call.Reply(HolidayScenario.Expert);
        _clock.Advance(TimeSpan.FromSeconds(5));
        var inTime = call.Choose(2);

        Assert.True(late.OverTime);
        Assert.Equal(TimeSpan.FromSeconds(31), late.Elapsed);
        Assert.False(inTime.OverTime);
        Assert.Equal(TimeSpan.FromSeconds(5), inTime.Elapsed);
    }

    [Fact]
    public void Untimed_SlowAnswer_CarriesNoTime()
    {
        var call = CallSession.Start(HolidayScenario.Create() with { ReplySeconds = 30 }, clock: _clock);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var turn = call.Reply(HolidayScenario.Expert);

        Assert.Null(turn.Elapsed);
        Assert.False(turn.OverTime);
        Assert.Null(call.SecondsLeft);
    }

    [Fact]
    public void RevealHints_Practice_OncePerStepAndTheBonusEarnsNothing()
    {
        var call = CallSession.Start(HolidayScenario.Create());

        var hints = call.RevealHints();
        var again = call.RevealHints();
        var turn = call.Reply(HolidayScenario.Expert);

        Assert.NotNull(hints);
        Assert.Null(again);
        Assert.True(turn.HintUsed);
        Assert.False(turn.BonusMatched);
        Assert.False(call.HintUsed);
    }

    [Fact]
    public void RevealHints_Exam_Refused()
    {
        var call = CallSession.Start(HolidayScenario.Create(), PlayMode.Exam);

        Assert.Null(call.RevealHints());
        Assert.False(call.Reply(HolidayScenario.Expert).HintUsed);
    }

    [Fact]
    public void Record_EachTurnStoredAndAbandonStoresTheEnd()
    {
        var store = new InMemoryProgressStore();
        var trainee = store.AddTrainee("小王", null);
        var call = CallSession.Record(HolidayScenario.Create(), store, trainee, PlayMode.Practice, clock: _clock);

        call.Reply(HolidayScenario.Expert);
        call.Abandon();

        var stored = store.FindAttempt(call.AttemptId!.Value)!;
        Assert.Single(stored.Turns);
        Assert.Equal(Outcomes.Abandoned, stored.Outcome);
    }
}
