using TrainingSim.Authoring;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Validity.Tests;

/// <summary>Scores every corpus reply at its step (the reply alone, as <c>play --format json</c> scores a turn) and
/// plays every corpus call, against the shipped library.</summary>
public static class ValidityRunner
{
    public static IReadOnlyDictionary<string, Scenario> ShippedLibrary()
    {
        var root = Corpus.RepositoryRoot;
        var content = ContentLoader.Load(Path.Combine(root, "content")).Content;
        var library = LibraryLoader.Load(Path.Combine(root, "scenarios"), content);
        return library.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public static ValidityFigures Run(string part, IReadOnlyDictionary<string, Scenario> library)
    {
        var replies = new List<ScoredReply>();
        var calls = new List<PlayedCall>();
        foreach (var file in Corpus.Read(part))
        {
            var scenario = library[file.Scenario];
            foreach (var entry in file.Replies)
            {
                var step = scenario.Steps.TryGetValue(entry.Step, out var s) && s is FreeTextStep free
                    ? free
                    : throw new InvalidOperationException($"{part}/{file.Scenario}: no free-text step '{entry.Step}'.");
                var evaluation = ReplyScorer.Score(step, entry.Reply);
                replies.Add(new ScoredReply(file.Scenario, entry.Step, entry.Label, entry.Reply,
                    ScoreMath.Round(evaluation.Score), Detail(evaluation)));
            }

            foreach (var call in file.Calls)
                calls.Add(Play(scenario, call));
        }

        return new ValidityFigures { Part = part, Replies = replies, Calls = calls };
    }

    private static PlayedCall Play(Scenario scenario, CorpusCall call)
    {
        var conversation = new Conversation(scenario);
        foreach (var reply in call.Replies)
        {
            if (conversation.IsOver)
                break;
            if (conversation.CurrentStep is ChoiceStep choices)
            {
                if (!int.TryParse(reply, out var number) || number < 1 || number > choices.Choices.Count)
                    break;
                conversation.Choose(number);
            }
            else
            {
                conversation.Reply(reply);
            }
        }

        if (!conversation.IsOver)
            conversation.Abandon();
        var result = conversation.Result();
        return new PlayedCall(scenario.Id, call.Label, result.Score, result.Stars, result.Outcome, string.Join(' ', result.Path));
    }

    private static string Detail(StepEvaluation e) =>
        $"+[{string.Join(',', e.Matched.Select(m => m.Item.Id))}] -[{string.Join(',', e.MissedRequired.Select(i => i.Id))}] " +
        $"pen[{string.Join(',', e.Penalties.Select(m => m.Item.Id))}] disc[{string.Join(',', e.Discounted.Select(d => $"{d.Item.Id}:{d.Reason}"))}]" +
        (e.Length is { } l ? $" long[{l.Tokens}>{l.Limit}]" : "");
}
