using System.Text;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Testing;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The trainers' rubric preview: a free-text step of any scenario, a candidate reply, and what
/// <see cref="ReplyScorer"/> makes of it — matched items with their evidence, missed items, the step score,
/// the mood and the step the call would go to. The mood before the reply starts at the customer's mood on
/// entering the step the first time and can be changed to try the mood branches.</summary>
internal sealed class RubricPreviewModel
{
    public const int MoodStep = 10;

    private readonly IReadOnlyList<PreviewStep> _all;

    public RubricPreviewModel(IReadOnlyList<Scenario> scenarios)
    {
        _all = [.. scenarios.SelectMany(s => s.Steps.Values.OfType<FreeTextStep>().Select(step => new PreviewStep(s, step)))];
        Steps = _all;
        if (Steps.Count > 0)
            Select(0);
    }

    /// <summary>The free-text steps of the scenarios the filter keeps, in library order.</summary>
    public IReadOnlyList<PreviewStep> Steps { get; private set; }

    /// <summary>Every free-text step of the library, whatever the filter.</summary>
    public int AllStepCount => _all.Count;

    /// <summary>How many scenarios the filter keeps.</summary>
    public int ScenarioCount => Steps.Select(s => s.Scenario.Id).Distinct(StringComparer.Ordinal).Count();

    public string Filter { get; private set; } = "";

    /// <summary>Keeps the steps of the scenarios whose id, title or module contains <paramref name="text"/> (any case;
    /// empty keeps all), and selects the first.</summary>
    public void FilterBy(string text)
    {
        Filter = text.Trim();
        Steps = Filter.Length == 0 ? _all : [.. _all.Where(s => Matches(s.Scenario, Filter))];
        Selected = 0;
        if (Steps.Count > 0)
            Select(0);
        else
            Score(Reply);
    }

    private static bool Matches(Scenario scenario, string text) =>
        scenario.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
        || scenario.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
        || scenario.Module.Contains(text, StringComparison.OrdinalIgnoreCase);

    public int Selected { get; private set; }

    public PreviewStep? Current => Steps.Count == 0 ? null : Steps[Selected];

    public int MoodBefore { get; private set; }

    public string Reply { get; private set; } = "";

    /// <summary>Null until a reply is typed.</summary>
    public StepEvaluation? Evaluation { get; private set; }

    public void Select(int index)
    {
        if (Steps.Count == 0)
            return;
        Selected = Math.Clamp(index, 0, Steps.Count - 1);
        var (scenario, step) = Steps[Selected];
        MoodBefore = Math.Clamp(scenario.Customer.Mood + step.Mood, 0, 100);
        Score(Reply);
    }

    public void ChangeMood(int by)
    {
        MoodBefore = Math.Clamp(MoodBefore + by, 0, 100);
    }

    public void Score(string reply)
    {
        Reply = reply;
        Evaluation = Current is { } current && reply.Trim().Length > 0 ? ReplyScorer.Score(current.Step, reply) : null;
    }

    public int? MoodAfter => Evaluation?.MoodAfter(MoodBefore);

    /// <summary>The current step's examples, each scored alone at the step, as <c>trainingsim test</c> checks them.</summary>
    public IReadOnlyList<StepExampleResult> Examples() =>
        Current is { Scenario: var scenario, Step: var step } ? StepExampleRunner.Run(scenario, step) : [];

    public string? NextStepId => Evaluation?.NextStepIdFrom(MoodBefore);

    /// <summary>The reply with the evidence of matched items in 【】 and of penalties in 〔〕, so it reads without colour.</summary>
    public string HighlightedReply()
    {
        if (Evaluation is not { } evaluation)
            return Reply;
        var marks = new int[Reply.Length];
        Mark(marks, evaluation.Matched, 1);
        Mark(marks, evaluation.Penalties, 2);
        var text = new StringBuilder();
        var open = 0;
        for (var i = 0; i <= Reply.Length; i++)
        {
            var mark = i < Reply.Length ? marks[i] : 0;
            if (mark != open)
            {
                if (open != 0)
                    text.Append(open == 1 ? '】' : '〕');
                if (mark != 0)
                    text.Append(mark == 1 ? '【' : '〔');
                open = mark;
            }
            if (i < Reply.Length)
                text.Append(Reply[i]);
        }
        return text.ToString();
    }

    private void Mark(int[] marks, IEnumerable<ItemMatch> matches, int kind)
    {
        foreach (var match in matches)
        {
            foreach (var range in match.Evidence)
            {
                var (start, length) = range.GetOffsetAndLength(Reply.Length);
                for (var i = start; i < start + length; i++)
                    marks[i] = Math.Max(marks[i], kind);
            }
        }
    }
}
