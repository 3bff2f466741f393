using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Authoring.Scenarios;

internal sealed partial class ScenarioBuilder
{
    private static readonly string[] ExampleKeys = ["good", "bad", "good_at_least", "bad_at_most"];

    /// <summary>A free-text step's <c>examples:</c> (both formats); <c>trainingsim test</c> runs them.</summary>
    private StepExamples ReadExamples(YamlNode node)
    {
        var view = _read.Mapping(node, "examples", ExampleKeys);
        if (view is null)
            return StepExamples.None;
        return new StepExamples
        {
            Good = Replies(view["good"], "examples.good"),
            Bad = Replies(view["bad"], "examples.bad"),
            GoodAtLeast = _read.Int(view["good_at_least"], "good_at_least", 0, 100, "0..100") ?? StepExamples.DefaultGoodAtLeast,
            BadAtMost = _read.Int(view["bad_at_most"], "bad_at_most", 0, 100, "0..100") ?? StepExamples.DefaultBadAtMost,
        };

        List<StepExample> Replies(YamlNode? list, string name) =>
            _read.TextList(list, name)?.Select(reply => new StepExample(reply.Text, reply.Node.Span)).ToList() ?? [];
    }

    /// <summary>Good examples prove a rubric accepts replies in other words than the model's: an item only the model
    /// answer earns is one no trainee's own wording was shown to earn (warning, by the engine's scoring).</summary>
    private void CheckExamplesEarnWhatTheModelEarns(FreeTextStep step, YamlNode modelNode)
    {
        if (step.Examples.Good.Count == 0)
            return;
        var earnedByExamples = step.Examples.Good
            .SelectMany(example => ReplyScorer.Score(step, example.Reply).Matched.Select(match => match.Item.Id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var match in ReplyScorer.Score(step, step.Model!).Matched)
        {
            if (match.Item.Points > 0 && !match.Item.Bonus && !earnedByExamples.Contains(match.Item.Id))
                _bag.Add(DiagnosticCodes.ItemOnlyInModel, modelNode.Span, step.Id, match.Item.Id);
        }
    }
}
