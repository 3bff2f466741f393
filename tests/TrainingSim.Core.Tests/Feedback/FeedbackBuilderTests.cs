using TrainingSim.Core.Conversations;
using TrainingSim.Core.Feedback;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Tests.TestSupport;

namespace TrainingSim.Core.Tests.Feedback;

public class FeedbackBuilderTests
{
    private static readonly Scenario Holiday = HolidayScenario.Create();

    private static TurnFeedback FirstTurn(string reply, bool hintUsed = false)
    {
        var turn = new Conversation(Holiday).Reply(reply, hintUsed: hintUsed);
        return FeedbackBuilder.For(turn, Holiday.Steps[turn.StepId]);
    }

    [Fact]
    public void For_ExpertReply_MatchedItemsWithTheirWordsAndTheBonusApart()
    {
        var feedback = FirstTurn(HolidayScenario.Expert);

        Assert.Equal(
            [(FeedbackKind.Matched, "soothe"), (FeedbackKind.BonusMatched, "new-year"), (FeedbackKind.Matched, "house.honorific")],
            feedback.Lines.Select(l => (l.Kind, l.ItemId!)));
        Assert.Equal(["抱歉", "别着急"], feedback.EvidenceOf(feedback.Lines[0]));
        Assert.Equal(["新年好"], feedback.EvidenceOf(feedback.Lines[1]));
    }

    [Fact]
    public void For_HintUsed_BonusEarnsNothingAndTheTurnSaysSo()
    {
        var feedback = FirstTurn(HolidayScenario.Expert, hintUsed: true);

        var bonus = feedback.Lines.Single(l => l.ItemId == "new-year");
        Assert.Equal(FeedbackKind.BonusVoided, bonus.Kind);
        Assert.Equal(0, bonus.Points);
        Assert.Equal(FeedbackKind.HintUsed, feedback.Lines[^1].Kind);
    }

    [Fact]
    public void For_RudeReply_MissedItemsWithAnExampleAndThePenaltyWithItsWords()
    {
        var feedback = FirstTurn("这不归我管，没办法");

        Assert.Equal(
            [FeedbackKind.MissedRequired, FeedbackKind.MissedBonus, FeedbackKind.MissedRequired, FeedbackKind.PenaltyHit],
            feedback.Lines.Select(l => l.Kind));
        Assert.Equal("抱歉", feedback.Lines[0].Example);
        var penalty = feedback.Lines[^1];
        Assert.Equal(("blame", "courtesy", -4), (penalty.ItemId, penalty.SkillId, penalty.Points));
        Assert.Equal(["不归我管", "没办法"], feedback.EvidenceOf(penalty));
    }

    [Fact]
    public void For_Choice_BestOrNotWithTheChosenHint()
    {
        var scenario = HolidayScenario.Create();
        var call = new Conversation(scenario);
        call.Reply(HolidayScenario.Expert);
        var poor = call.Choose(1);

        var feedback = FeedbackBuilder.For(poor, scenario.Steps[poor.StepId]);

        var line = Assert.Single(feedback.Lines);
        Assert.Equal(FeedbackKind.ChoiceNotBest, line.Kind);
        Assert.Equal(0, line.Points);
    }

    [Fact]
    public void For_StoredTurn_SameLinesWithoutEvidence()
    {
        var turn = new Conversation(Holiday).Reply("这不归我管", hintUsed: true);
        var live = FeedbackBuilder.For(turn, Holiday.Steps[turn.StepId]);

        var stored = FeedbackBuilder.For(TurnRecord.From(turn, DateTimeOffset.UnixEpoch), Holiday.Steps[turn.StepId]);

        Assert.Equal(live.Lines.Select(l => (l.Kind, l.ItemId, l.Points)), stored.Lines.Select(l => (l.Kind, l.ItemId, l.Points)));
        Assert.All(stored.Lines, l => Assert.Empty(l.Evidence));
    }

    [Fact]
    public void For_StoredTurnOfAnItemNoLongerInTheStep_KeepsItsId()
    {
        var record = new TurnRecord { Index = 0, StepId = "opening", Reply = "x", Missed = ["gone"], Score = 0, Net = 0, Maximum = 5, MoodAfter = 30 };

        var line = Assert.Single(FeedbackBuilder.For(record, Holiday.Steps["opening"]).Lines);

        Assert.Equal((FeedbackKind.MissedRequired, "gone", (string?)null), (line.Kind, line.ItemId, line.SkillId));
    }

    [Fact]
    public void For_Evaluation_OverTimeCarriesTheLoss()
    {
        var step = (FreeTextStep)Holiday.Steps["opening"];

        var feedback = FeedbackBuilder.For(ReplyScorer.Score(step, HolidayScenario.Expert, overTime: true));

        Assert.Equal((FeedbackKind.OverTime, -1), (feedback.Lines[^1].Kind, feedback.Lines[^1].Points));
    }
}
