using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Testing;

namespace TrainingSim.Authoring;

/// <summary><c>validate</c>'s notes on a format-1 scenario: the file is loaded a second time as format 2 (the same YAML,
/// format 2's content and rules) and each model answer's step score and each test's result is compared. One note for
/// the file (at <c>format:</c>) and one for every model answer or test that would change. Notes are never errors or
/// warnings.</summary>
public static class FormatPreview
{
    public static IReadOnlyList<Diagnostic> Notes(ScenarioLoadResult file, TrainingContent content)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(content);
        if (file.Scenario is not { Format: 1 } one || file.FormatAt is not { } formatAt)
            return [];
        var bytes = FileBytes.Read(file.Path, out _);
        if (bytes is null)
            return [];

        var asTwo = ScenarioLoader.Load(bytes, file.Path, content, asFormat: 2);
        if (asTwo.Scenario is not { } two)
        {
            var errors = asTwo.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var first = errors[0];
            return [Note(file.Path, formatAt.Span,
                $"format 1; as format 2 it does not load ({errors.Count} error(s); first at line {first.Span.Line + 1}: {first.Code} {first.Message})")];
        }

        var changes = new List<Diagnostic>();
        var models = 0;
        foreach (var step in one.Steps.Values.OfType<FreeTextStep>().Where(step => step.Model is not null))
        {
            models++;
            var before = ModelScore(step);
            var after = ModelScore((FreeTextStep)two.Steps[step.Id]);
            if (before != after)
                changes.Add(Note(file.Path, file.ModelAt[step.Id], $"model answer of step {step.Id}: {before} → {after}"));
        }

        var changedModels = changes.Count;
        var testsBefore = ScenarioTestRunner.Run(one);
        var testsAfter = ScenarioTestRunner.Run(two);
        for (var i = 0; i < testsBefore.Count; i++)
        {
            if (TestChange(testsBefore[i], testsAfter[i]) is { } change)
                changes.Add(Note(file.Path, testsBefore[i].Test.Span, $"test \"{testsBefore[i].Test.Name}\": {change}"));
        }

        var changedTests = changes.Count - changedModels;
        var summary = changes.Count == 0
            ? "format 1; moving to format 2 changes no model answer or test"
            : $"format 1; as format 2: {changedModels} of {models} model answer(s) and {changedTests} of {testsBefore.Count} test(s) change";
        return [Note(file.Path, formatAt.Span, summary), .. changes];
    }

    private static int ModelScore(FreeTextStep step) => ScoreMath.Round(ReplyScorer.Score(step, step.Model!).Score);

    /// <summary>"passes → fails (what differed)", "fails → passes", or a score change that keeps the verdict; null
    /// when nothing changes.</summary>
    private static string? TestChange(ScenarioTestResult before, ScenarioTestResult after)
    {
        if (before.Passed != after.Passed)
        {
            return after.Passed
                ? $"fails → passes (score {before.Result.Score} → {after.Result.Score})"
                : $"passes → fails ({string.Join("; ", after.Differences)})";
        }

        if (before.Result.Score != after.Result.Score || !before.Differences.SequenceEqual(after.Differences, StringComparer.Ordinal))
            return $"{(after.Passed ? "passes" : "fails")} either way; score {before.Result.Score} → {after.Result.Score}";
        return null;
    }

    private static Diagnostic Note(string path, SourceSpan span, string message) =>
        DiagnosticCodes.FormatPreview.Create(path, span, message);
}
