using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Testing;

/// <summary>One example reply of a free-text step, scored alone: a good one must reach
/// <see cref="StepExamples.GoodAtLeast"/>, a bad one stay at or below <see cref="StepExamples.BadAtMost"/>.</summary>
/// <param name="Number">1-based among the step's good (or bad) examples.</param>
/// <param name="Score">The step score of the reply, rounded half away from zero.</param>
public sealed record StepExampleResult(
    Scenario Scenario,
    FreeTextStep Step,
    StepExample Example,
    bool IsGood,
    int Number,
    int Score,
    StepEvaluation Evaluation)
{
    public int Threshold => IsGood ? Step.Examples.GoodAtLeast : Step.Examples.BadAtMost;

    public bool Passed => IsGood ? Score >= Threshold : Score <= Threshold;

    /// <summary>How a failure names the example: <c>good example 2 of step opening</c>.</summary>
    public string Name => $"{(IsGood ? "good" : "bad")} example {Number} of step {Step.Id}";

    /// <summary>The score against its bound, then the items behind it (empty when the example passed); in format 2
    /// also the items found but not counted (negated, in a keyword list, excused by <c>unless</c>) and the length rule.</summary>
    public IReadOnlyList<string> Differences
    {
        get
        {
            if (Passed)
                return [];
            List<string> differences =
            [
                $"score: expected {(IsGood ? "at least" : "at most")} {Threshold}, got {Score}",
                "matched: " + Items(Evaluation.Matched),
                "missed: " + (Evaluation.Missed.Count == 0 ? "none" : string.Join(", ", Evaluation.Missed.Select(item => item.Id))),
                "penalties: " + Items(Evaluation.Penalties),
            ];
            if (Evaluation.Discounted.Count > 0)
                differences.Add("not counted: " + string.Join(", ", Evaluation.Discounted.Select(Discounted)));
            if (Evaluation.Length is { } length)
                differences.Add($"too long: {length.Tokens} tokens, limit {length.Limit} ({length.Points} {length.Skill})");
            return differences;
        }
    }

    private string Items(IReadOnlyList<ItemMatch> matches) => matches.Count == 0 ? "none" :
        string.Join(", ", matches.Select(match => $"{match.Item.Id} ({Words(match.Evidence)})"));

    private string Discounted(DiscountedMatch match) => match.Reason switch
    {
        DiscountReason.Negated => $"{match.Item.Id} ({Words(match.Evidence)}: negated by {Words(match.Cause)})",
        DiscountReason.KeywordList => $"{match.Item.Id} ({Words(match.Evidence)}: in a keyword list)",
        _ => $"{match.Item.Id} ({Words(match.Evidence)}: unless {Words(match.Cause)})",
    };

    private string Words(IReadOnlyList<Range> ranges) => string.Join(" … ", ranges.Select(range => Example.Reply[range]));
}
