using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Authoring.Editing;

/// <summary>The review loop on a library and a progress database: an edit (<see cref="ReviewEdits"/>), the edited
/// files loaded again, then the affected attempts re-scored (<see cref="RescoreRun"/>).</summary>
public sealed class ReviewLoop(
    IReadOnlyList<string> scenarioPaths, string contentDir, IProgressStore store, IReviewStore review, TimeProvider clock) : IReviewActions
{
    private LoadedFiles? _loaded;

    private sealed record LoadedFiles(ContentLoadResult Content, LibraryLoadResult Library);

    public IReadOnlyList<Scenario> Scenarios => Loaded.Library.Scenarios;

    private LoadedFiles Loaded => _loaded ??= Load();

    private LoadedFiles Load()
    {
        var content = ContentLoader.Load(contentDir);
        return new LoadedFiles(content, LibraryLoader.Load(scenarioPaths, content.Content));
    }

    public ReviewOutcome Accept(string scenarioId, string stepId, string reply)
    {
        if (Find(scenarioId) is not { } scenario)
            return Failed(nameof(EditProblem.UnknownScenario), scenarioId, "");
        var edit = ReviewEdits.AcceptReply(scenario.SourcePath, Loaded.Content.Content, stepId, reply);
        var outcome = AfterScenarioEdit(edit, scenario);
        if (!outcome.Written || Find(scenarioId)?.Steps.GetValueOrDefault(stepId) is not FreeTextStep step)
            return outcome;
        var example = ReplyScorer.Score(step, reply.Trim());
        return outcome with
        {
            ExampleScore = ScoreMath.Round(example.Score),
            PassMark = step.Examples.GoodAtLeast,
            ExampleMissed = [.. example.Missed.Where(i => !i.Bonus).Select(i => i.Id)],
        };
    }

    public ReviewOutcome AddPhrase(string scenarioId, string stepId, string itemId, string phrase)
    {
        if (Find(scenarioId) is not { } scenario)
            return Failed(nameof(EditProblem.UnknownScenario), scenarioId, "");
        return AfterScenarioEdit(ReviewEdits.AddPhrase(scenario.SourcePath, Loaded.Content.Content, stepId, itemId, phrase), scenario);
    }

    public ReviewOutcome AddConceptPhrase(string language, string concept, string phrase)
    {
        var edit = ReviewEdits.AddConceptPhrase(contentDir, language, concept, phrase);
        if (!edit.Written)
            return Failed(edit);
        _loaded = null;
        return RescoreRun.Run(store, review, Scenarios.Where(s => s.Language == language && s.Format == 2), clock.GetUtcNow(), edit.Path, edit.Line);
    }

    private Scenario? Find(string scenarioId) => Scenarios.FirstOrDefault(s => s.Id == scenarioId);

    private ReviewOutcome AfterScenarioEdit(EditResult edit, Scenario before)
    {
        if (!edit.Written)
            return Failed(edit);
        _loaded = null;
        var warnings = edit.Warnings?.Select(w => w.ToString()).ToList();
        // The file was checked before it was written; a library that no longer yields it (another file now takes its id) re-scores nothing.
        if (Find(before.Id) is not { } edited)
            return new ReviewOutcome(null, null, edit.Path, edit.Line, [], 0, Warnings: warnings);
        return RescoreRun.Run(store, review, [edited], clock.GetUtcNow(), edit.Path, edit.Line) with { Warnings = warnings };
    }

    private static ReviewOutcome Failed(EditResult edit) => Failed(edit.Problem.ToString(), edit.Subject, edit.Path);

    private static ReviewOutcome Failed(string problem, string? subject, string path) => new(problem, subject, path, 0, [], 0);
}
