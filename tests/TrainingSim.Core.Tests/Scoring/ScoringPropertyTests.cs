using FsCheck.Xunit;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Tests.TestSupport;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Scoring;

public class ScoringPropertyTests
{
    private static int Points(int value) => value == 0 ? 1 : Math.Clamp(value, -20, 20);

    [Property(MaxTest = 500)]
    public void StepScore_ArbitraryReplyAndPoints_Within0To100(int[] picks, int a, int b, int c, int d, bool overTime, bool hint)
    {
        var step = Free("s", "end",
            Item("a", "empathy", Points(a), "抱歉", "sorr*"),
            Item("b", "courtesy", Points(b), "您"),
            Bonus("c", Math.Abs(Points(c)), "新年好", "you"),
            AllOf("d", Points(d), "不归我管", "/\\d+/"));
        var evaluation = ReplyScorer.Score(step, ReplyText.From(picks), overTime, hint);
        Assert.InRange(evaluation.Score, 0, 100);
        Assert.InRange(evaluation.Net, 0, Math.Max(0, evaluation.Maximum));
        Assert.InRange(evaluation.MoodChange, -15, 15);
        Assert.All(evaluation.Skills.Values, tally => Assert.InRange(tally.Net, 0, tally.Maximum));
    }

    [Property(MaxTest = 300)]
    public void Conversation_ArbitraryRepliesAndChoices_ScoresAndMoodWithin0To100(int[][] replies, int customerMood, bool overTime)
    {
        var scenario = HolidayScenario.Create() with
        {
            Customer = new Core.Scenarios.Customer(Mood: customerMood),
            ReplySeconds = 30,
        };
        var call = new Conversation(scenario);
        Assert.InRange(call.Mood, 0, 100);
        foreach (var picks in replies ?? [])
        {
            if (call.IsOver)
                break;
            var elapsed = TimeSpan.FromSeconds(overTime ? 31 : 5);
            var turn = call.CurrentStep is Core.Scenarios.ChoiceStep
                ? call.Choose(1 + (((picks?.Length ?? 0) % 2) + 2) % 2, elapsed)
                : call.Reply(ReplyText.From(picks), elapsed);
            Assert.InRange(turn.Score, 0, 100);
            Assert.InRange(turn.MoodAfter, 0, 100);
            Assert.InRange(call.Mood, 0, 100);
        }

        var result = call.Result();
        Assert.InRange(result.Score, 0, 100);
        Assert.InRange(result.FinalMood, 0, 100);
        Assert.InRange(result.Stars, 0, 3);
        Assert.All(result.Skills.Values, skill => Assert.InRange(skill, 0, 100));
        if (call.Outcome == Outcomes.HungUp)
            Assert.Equal(0, result.Stars);
    }
}
