using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Calls;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Scenarios;

internal sealed partial class ScenarioBuilder
{
    private static readonly string[] TestKeys = ["name", "replies", "expect"];
    private static readonly string[] ExpectKeys = ["outcome", "score_at_least", "score_at_most", "stars", "path"];

    private List<ScenarioTest> ReadTests(YamlNode? node, StepSet? steps, string? start)
    {
        var tests = new List<ScenarioTest>();
        var sequence = _read.Sequence(node, "tests");
        if (sequence is null)
            return tests;
        foreach (var testNode in sequence.Items)
        {
            var test = ReadTest(testNode, steps, start);
            if (test is not null)
                tests.Add(test);
        }

        return tests;
    }

    private ScenarioTest? ReadTest(YamlNode node, StepSet? steps, string? start)
    {
        var view = _read.Mapping(node, "a test", TestKeys);
        if (view is null)
            return null;
        var where = SourceSpan.At(node.Span.Line, node.Span.Column);
        foreach (var key in TestKeys)
            _read.Require(view, key, "a test", where);
        var name = _read.Text(view["name"], "name", required: true);

        var replies = new List<(string Text, YamlScalar Node)>();
        var replyList = _read.Sequence(view["replies"], "replies");
        if (replyList is not null && replyList.Items.Count == 0)
            _bag.Add(DiagnosticCodes.OutOfRange, replyList.Span, "replies", "at least one reply", "an empty list");
        foreach (var replyNode in replyList?.Items ?? [])
        {
            var text = _read.Text(replyNode, "a reply", required: true);
            if (text is not null)
                replies.Add((text, (YamlScalar)replyNode));
        }

        var expect = ReadExpectation(view["expect"], name ?? "?", steps);
        if (expect is not null && steps is not null && !steps.Incomplete && start is not null && replyList is not null)
            CheckTestPath(name ?? "?", view, expect, replies, steps, start);

        if (name is null || replyList is null || expect is null)
            return null;
        return new ScenarioTest
        {
            Name = name,
            Replies = replies.Select(r => r.Text).ToList(),
            Expect = expect,
            Span = node.Span,
        };
    }

    private TestExpectation? ReadExpectation(YamlNode? node, string testName, StepSet? steps)
    {
        var view = _read.Mapping(node, "expect", ExpectKeys);
        if (view is null)
            return null;
        var least = _read.Int(view["score_at_least"], "score_at_least", 0, 100, "0..100");
        var most = _read.Int(view["score_at_most"], "score_at_most", 0, 100, "0..100");
        if (least is not null && most is not null && least > most)
            _bag.Add(DiagnosticCodes.TestImpossibleExpectation, view.KeyOf("score_at_most")!.Span, testName,
                $"score_at_most {most} is below score_at_least {least}");

        var outcome = _read.Text(view["outcome"], "outcome", required: true);
        if (outcome is not null && steps is not null && !steps.Incomplete)
        {
            var outcomes = steps.Built.Values.OfType<EndStep>().Select(step => step.Outcome)
                .Append(Outcomes.HungUp).Append(Outcomes.Abandoned).Distinct().ToList();
            if (!outcomes.Contains(outcome))
                _bag.Add(DiagnosticCodes.TestImpossibleExpectation, view["outcome"]!.Span, testName,
                    $"no end step has outcome `{outcome}` (possible: {string.Join(", ", outcomes)})");
        }

        var path = _read.TextList(view["path"], "path");
        foreach (var (stepId, stepNode) in path ?? [])
        {
            if (steps is not null && !steps.Ids.ContainsKey(stepId))
                _bag.Add(DiagnosticCodes.UnknownStep, stepNode.Span, "path", stepId, Suggestions.DidYouMean(stepId, steps.Ids.Keys));
        }

        return new TestExpectation
        {
            Outcome = outcome,
            ScoreAtLeast = least,
            ScoreAtMost = most,
            Stars = _read.Int(view["stars"], "stars", 0, 3, "0..3"),
            Path = path?.Select(p => p.Text).ToList(),
        };
    }

    /// <summary>With an expected path, checks it can be walked and that the replies fit its steps.</summary>
    private void CheckTestPath(string name, Schema.MappingView test, TestExpectation expect,
        List<(string Text, YamlScalar Node)> replies, StepSet steps, string start)
    {
        if (expect.Path is not { Count: > 0 } path || path.Any(id => !steps.Built.ContainsKey(id)))
            return;
        var pathNode = ((YamlMapping)test["expect"]!).Entries.First(e => e.Key.Value == "path").Value;
        if (path[0] != start)
        {
            _bag.Add(DiagnosticCodes.TestImpossibleExpectation, pathNode.Span, name, $"the path starts at `{path[0]}`, but the call starts at `{start}`");
            return;
        }

        for (var i = 1; i < path.Count; i++)
        {
            if (!steps.Edges[path[i - 1]].Contains(path[i]))
            {
                _bag.Add(DiagnosticCodes.TestImpossibleExpectation, pathNode.Span, name, $"step `{path[i - 1]}` never goes to `{path[i]}`");
                return;
            }
        }

        var answered = path.Where(id => steps.Built[id] is not EndStep).ToList();
        var endsAtEnd = steps.Built[path[^1]] is EndStep;
        if (endsAtEnd && expect.Outcome is { } outcome && ((EndStep)steps.Built[path[^1]]).Outcome != outcome)
        {
            _bag.Add(DiagnosticCodes.TestImpossibleExpectation, pathNode.Span, name,
                $"the path ends at `{path[^1]}` (outcome `{((EndStep)steps.Built[path[^1]]).Outcome}`), not outcome `{outcome}`");
        }

        if (!endsAtEnd && expect.Outcome == Outcomes.Abandoned)
            answered.RemoveAt(answered.Count - 1);
        if ((endsAtEnd || expect.Outcome is Outcomes.HungUp or Outcomes.Abandoned) && answered.Count != replies.Count)
        {
            _bag.Add(DiagnosticCodes.TestReplyMismatch, test.KeyOf("replies")!.Span, name,
                $"the path answers {answered.Count} step(s) but the test has {replies.Count} replies");
        }

        for (var i = 0; i < Math.Min(answered.Count, replies.Count); i++)
        {
            if (steps.Built[answered[i]] is not ChoiceStep choice)
                continue;
            var (text, node) = replies[i];
            if (!ChoiceNumber.TryParse(text, choice, out _))
            {
                _bag.Add(DiagnosticCodes.TestReplyMismatch, node.Span, name,
                    $"reply {i + 1} answers choice step `{choice.Id}`: it must be a number 1..{choice.Choices.Count}");
            }
        }
    }
}
