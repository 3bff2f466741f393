using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Tests.TestSupport;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Conversations;

public class ConversationTests
{
    [Fact]
    public void New_StartsAtStartStepWithCustomerMood()
    {
        var call = new Conversation(HolidayScenario.Create());
        Assert.Equal("opening", call.CurrentStep.Id);
        Assert.Equal(30, call.Mood);
        Assert.Equal(["opening"], call.Path);
        Assert.False(call.IsOver);
        Assert.Null(call.Outcome);
        Assert.Empty(call.Turns);
    }

    [Fact]
    public void New_AddsStartStepMood()
    {
        var scenario = Scenario(30, Free("a", "end") with { Mood = -10 }, End("end"));
        Assert.Equal(20, new Conversation(scenario).Mood);
    }

    [Fact]
    public void ExpertPath_ResolvedWithThreeStars()
    {
        var call = new Conversation(HolidayScenario.Create());

        var first = call.Reply(HolidayScenario.Expert);
        Assert.Equal(100, first.Score);
        Assert.Equal(45, first.MoodAfter);           // 30 + 15
        Assert.Equal("locate", first.NextStepId);
        Assert.True(first.BonusMatched);
        Assert.Equal(["soothe", "new-year", "house.honorific"], first.Matched.Select(m => m.Item.Id));

        var second = call.Choose(2);
        Assert.Equal(2, second.Choice);
        Assert.Equal("我帮您联系离您最近的营业厅。", second.Reply);
        Assert.Equal(65, second.MoodAfter);          // 45 + 15 + 5
        Assert.Equal(1, second.Index);

        Assert.True(call.IsOver);
        Assert.Equal("resolved", call.Outcome);
        var result = call.Result();
        Assert.Equal(100, result.Score);
        Assert.Equal(3, result.Stars);
        Assert.True(result.Success);
        Assert.Equal(["opening", "locate", "resolved"], result.Path);
        Assert.Equal(65, result.FinalMood);
        Assert.Equal(100, result.Skills["empathy"]);
        Assert.Equal(100, result.Skills["courtesy"]);
        Assert.Equal(100, result.Skills["solution"]);
        Assert.NotNull(result.Rating);
    }

    [Fact]
    public void RudePath_MoodFallsToZero_CustomerHangsUp()
    {
        var call = new Conversation(HolidayScenario.Create());
        var first = call.Reply(HolidayScenario.Rude);
        Assert.Equal(0, first.Score);
        Assert.Equal("angrier", first.NextStepId);
        Assert.Equal(5, first.MoodAfter);            // 30 − 15 = 15, angrier −10 = 5

        var second = call.Reply("嗯");                // 5 − 15 → 0: hangs up before locate
        Assert.True(second.HungUp);
        Assert.Null(second.NextStepId);
        Assert.Equal(0, second.MoodAfter);

        Assert.True(call.IsOver);
        Assert.Equal(Outcomes.HungUp, call.Outcome);
        Assert.Equal("angrier", call.CurrentStep.Id);
        var result = call.Result();
        Assert.Equal(["opening", "angrier"], result.Path);
        Assert.Equal(0, result.Stars);
        Assert.Equal(0, result.Score);
        Assert.False(result.Success);
    }

    [Fact]
    public void HangUp_EvenWhenNextStepIsAnEndStep()
    {
        var scenario = Scenario(10, Free("a", "end", Item("x", 1, "好")), End("end"));
        var call = new Conversation(scenario);
        call.Reply("不");                              // 10 − 15 → 0
        Assert.Equal(Outcomes.HungUp, call.Outcome);
        Assert.Equal(["a"], call.Path);
    }

    [Fact]
    public void HangUp_NotWhenNextStepMoodLiftsAboveZero()
    {
        var scenario = Scenario(10, Free("a", "b", Item("x", 1, "好")), Free("b", "end", Item("y", 1, "好")) with { Mood = 20 }, End("end"));
        var call = new Conversation(scenario);
        var turn = call.Reply("不");                   // 10 − 15 → 0, then + 20 = 20
        Assert.False(turn.HungUp);
        Assert.Equal(20, call.Mood);
        Assert.Equal("b", call.CurrentStep.Id);
    }

    [Fact]
    public void Mood_ClampedAfterEachChange()
    {
        // 95 + 15 → 100 (clamped), then −10 → 90; without clamping in between it would be 100.
        var scenario = Scenario(95, Free("a", "b", Item("x", 1, "好")), Free("b", "end", Item("y", 1, "好")) with { Mood = -10 }, End("end"));
        var call = new Conversation(scenario);
        Assert.Equal(90, call.Reply("好").MoodAfter);
    }

    [Fact]
    public void QuarterScore_MoodChangeMinus8_AttemptScore63()
    {
        // Step 1: 4 / 4; step 2: 1 / 4 (score 25 → mood −7.5 → −8). Attempt 5 / 8 = 62.5 → 63.
        var scenario = Scenario(50,
            Free("q1", "q2", Item("a", 1, "甲"), Item("b", 3, "乙")),
            Free("q2", "end", Item("c", 1, "丙"), Item("d", 3, "丁")),
            End("end"));
        var call = new Conversation(scenario);
        Assert.Equal(65, call.Reply("甲乙").MoodAfter);
        var second = call.Reply("丙");
        Assert.Equal(25, second.Score);
        Assert.Equal(57, second.MoodAfter);
        Assert.Equal(63, call.Result().Score);
    }

    [Fact]
    public void OverTime_LosesPointsAndFiveMood()
    {
        var scenario = Scenario(50, Free("a", "end", Item("x", 6, "您好"), Item("y", 4, "抱歉")), End("end")) with { ReplySeconds = 60 };
        var call = new Conversation(scenario);
        var turn = call.Reply("您好，抱歉", TimeSpan.FromSeconds(61));
        Assert.True(turn.OverTime);
        Assert.Equal(1, turn.OverTimeLoss);
        Assert.Equal(9, turn.Net);
        Assert.Equal(90, turn.Score);
        Assert.Equal(57, turn.MoodAfter);              // 50 + round(0.8 × 15) = 62, − 5
    }

    [Fact]
    public void OverTime_ExactlyOnTheLimit_NotOver()
    {
        var scenario = Scenario(50, Free("a", "end", Item("x", 6, "您好")), End("end")) with { ReplySeconds = 60 };
        var turn = new Conversation(scenario).Reply("您好", TimeSpan.FromSeconds(60));
        Assert.False(turn.OverTime);
        Assert.Equal(100, turn.Score);
    }

    [Fact]
    public void OverTime_WithoutReplySeconds_NeverOver()
    {
        var scenario = Scenario(50, Free("a", "end", Item("x", 6, "您好")), End("end"));
        Assert.False(new Conversation(scenario).Reply("您好", TimeSpan.FromHours(1)).OverTime);
    }

    [Fact]
    public void OverTime_OnChoiceStep_LosesPointsAndMood()
    {
        var scenario = Scenario(50, Choices("c", Choice("a", "end", ("solution", 4))), End("end")) with { ReplySeconds = 10 };
        var turn = new Conversation(scenario).Choose(1, TimeSpan.FromSeconds(11));
        Assert.Equal(3, turn.Net);                     // 4 − ⌈0.4⌉
        Assert.Equal(53, turn.MoodAfter);              // score 75 → +7.5 → +8 = 58, − 5
    }

    [Fact]
    public void HintUsed_BonusEarnsNothingAndNoThirdStar()
    {
        var call = new Conversation(HolidayScenario.Create());
        var turn = call.Reply(HolidayScenario.Expert, hintUsed: true);
        Assert.True(turn.HintUsed);
        Assert.False(turn.BonusMatched);
        call.Choose(2);
        var result = call.Result();
        Assert.False(result.BonusMatched);
        Assert.Equal(2, result.Stars);
    }

    [Fact]
    public void Branch_ConditionSeesMoodBeforeNextStepMood()
    {
        var scenario = Scenario(30,
            Free("a", Branches(
                    When(new Comparison(Core.Scenarios.ComparisonSubject.Mood, Core.Scenarios.ComparisonOperator.Less, 20), "calm"),
                    Otherwise("end")),
                Item("x", 1, "好")),
            Free("calm", "end", Item("y", 1, "好")) with { Mood = 50 },
            End("end"));
        var call = new Conversation(scenario);
        var turn = call.Reply("不");                   // 30 − 15 = 15 < 20 → calm, then + 50
        Assert.Equal("calm", turn.NextStepId);
        Assert.Equal(65, turn.MoodAfter);
    }

    [Fact]
    public void Branch_OnScore()
    {
        var scenario = Scenario(50,
            Free("a", Branches(
                    When(new Comparison(Core.Scenarios.ComparisonSubject.Score, Core.Scenarios.ComparisonOperator.GreaterOrEqual, 50), "good"),
                    Otherwise("bad")),
                Item("x", 1, "甲"), Item("y", 1, "乙")),
            End("good"),
            End("bad", "failed"));
        Assert.Equal("good", new Conversation(scenario).Reply("甲").NextStepId);
        Assert.Equal("bad", new Conversation(scenario).Reply("丙").NextStepId);
    }

    [Fact]
    public void ChoiceMood_AppliedAfterScoreChange()
    {
        var scenario = Scenario(50, Choices("c", Choice("a", "end", ("solution", 1)) with { Mood = -70 }), End("end"));
        var turn = new Conversation(scenario).Choose(1);    // 50 + 15 = 65, − 70 → 0 → hangs up
        Assert.True(turn.HungUp);
    }

    [Fact]
    public void EndStepOutcome_NotInSuccessOutcomes_NoSuccess()
    {
        var scenario = Scenario(50, Free("a", "end", Item("x", 1, "好")), End("end", "escalated"));
        var call = new Conversation(scenario);
        call.Reply("好");
        var result = call.Result();
        Assert.Equal("escalated", result.Outcome);
        Assert.False(result.Success);
        Assert.Equal(1, result.Stars);                  // courteous (100 ≥ 60, no courtesy score) but not satisfied
    }

    [Fact]
    public void Reply_OnChoiceStep_Throws()
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);
        Assert.Throws<InvalidOperationException>(() => call.Reply("2"));
    }

    [Fact]
    public void Choose_OnFreeTextStep_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new Conversation(HolidayScenario.Create()).Choose(1));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Choose_OutOfRange_ThrowsWithClearMessageAndChangesNothing(int number)
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => call.Choose(number));
        Assert.Contains("1..2", error.Message, StringComparison.Ordinal);
        Assert.Single(call.Turns);
        Assert.Equal("locate", call.CurrentStep.Id);
        Assert.False(call.IsOver);
    }

    [Fact]
    public void AfterTheEnd_ReplyAndChooseThrow()
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);
        call.Choose(2);
        Assert.Throws<InvalidOperationException>(() => call.Reply("hi"));
        Assert.Throws<InvalidOperationException>(() => call.Choose(1));
    }

    [Fact]
    public void Abandon_EndsWithAbandonedAndNoStars()
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);
        call.Abandon();
        Assert.True(call.IsOver);
        Assert.Equal(Outcomes.Abandoned, call.Outcome);
        var result = call.Result();
        Assert.Equal(0, result.Stars);
        Assert.Equal(100, result.Score);
        Assert.Throws<InvalidOperationException>(() => call.Choose(2));
    }

    [Fact]
    public void Abandon_AfterTheEnd_KeepsTheOutcome()
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);
        call.Choose(2);
        call.Abandon();
        Assert.Equal("resolved", call.Outcome);
    }

    [Fact]
    public void Result_MidCall_NoOutcomeNoStars()
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);
        var result = call.Result();
        Assert.Null(result.Outcome);
        Assert.Equal(0, result.Stars);
        Assert.Equal(100, result.Score);
        Assert.Single(result.Turns);
    }

    [Fact]
    public void StartStepIsEnd_OverAtOnce()
    {
        var call = new Conversation(Scenario(End("done")));
        Assert.True(call.IsOver);
        Assert.Equal("resolved", call.Outcome);
        Assert.Equal(0, call.Result().Score);
    }

    [Fact]
    public void Loop_RevisitedStepsAppearTwiceInPath()
    {
        var call = new Conversation(HolidayScenario.Create());
        call.Reply(HolidayScenario.Expert);   // → locate, mood 45
        call.Choose(1);                       // 0 points: −15 → 30, angrier −10 → 20
        Assert.Equal("angrier", call.CurrentStep.Id);
        call.Reply("理解");                   // 100 → 35 → locate
        call.Choose(2);
        Assert.Equal(["opening", "locate", "angrier", "locate", "resolved"], call.Path);
        Assert.Equal(4, call.Turns.Count);
        // Σ net = 5 + 0 + 3 + 4 = 12, Σ max = 5 + 4 + 3 + 4 = 16 → 75
        Assert.Equal(75, call.Result().Score);
    }
}
