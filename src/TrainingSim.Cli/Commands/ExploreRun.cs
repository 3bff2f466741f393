using System.Diagnostics;
using System.Text.Json;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Testing.Exploration;

namespace TrainingSim.Cli.Commands;

/// <summary><c>test --explore N [--seed S] [--format text|json]</c>: plays every loaded scenario N times on random
/// paths (<see cref="ScriptExplorer"/>) and reports its coverage and runtime problems. Exit 1 when a problem was
/// found or a file had errors, else 0 (steps or items never reached are coverage, not problems).</summary>
internal static class ExploreRun
{
    public static int Run(CliContext context, IReadOnlyList<string> paths, int calls, int? givenSeed, bool json)
    {
        if (calls < 1)
            throw new CliException(context.Text.Format("ExploreBadCount", calls), ExitCodes.Usage);
        var seed = givenSeed ?? Random.Shared.Next(1, 100_000);
        var library = LibraryLoading.Load(context, paths);
        var loadErrors = library.Diagnostics.Where(d => d.Severity == Severity.Error).Select(context.Diagnostics.Word).ToList();
        var scenarios = library.Scenarios.Scenarios;
        var progress = new ExploreProgress(context, scenarios.Count * (long)calls);
        var coverage = scenarios.Select(s => ScriptExplorer.Explore(s, calls, seed, progress.CallDone)).ToList();
        progress.Clear();

        if (json)
            context.Out.WriteLine(Json(loadErrors, coverage, calls, seed));
        else
            Text(context, loadErrors, coverage, calls, seed);
        return loadErrors.Count > 0 || coverage.Any(c => c.Problems.Count > 0) ? ExitCodes.Problem : ExitCodes.Success;
    }

    private static void Text(CliContext context, List<Diagnostic> loadErrors, List<ScenarioCoverage> coverage, int calls, int seed)
    {
        var text = context.Text;
        foreach (var error in loadErrors)
            context.Out.WriteLine(error.ToString());
        context.Out.WriteLine(text.Format("ExploreHeader", calls, seed));
        foreach (var c in coverage)
        {
            context.Out.WriteLine();
            var positive = c.Items.Where(i => !i.IsPenalty).ToList();
            context.Out.WriteLine(text.Format("ExploreScenario", c.ScenarioId, c.SourcePath,
                c.Steps.Count(s => s.Reached > 0), c.Steps.Count, c.ReachedPercent,
                positive.Count(i => i.Earned > 0), positive.Count, c.EarnedPercent));
            context.Out.WriteLine("  " + text.Format("ExploreOutcomes", string.Join(" · ", c.Outcomes.Select(o => $"{o.Key} {o.Value}"))));
            if (c.NeverReached.Count > 0)
                context.Out.WriteLine("  " + text.Format("ExploreNeverReached", string.Join(", ", c.NeverReached.Select(s => s.StepId))));
            if (c.NeverEarned.Count > 0)
                context.Out.WriteLine("  " + text.Format("ExploreNeverEarned", string.Join(", ", c.NeverEarned.Select(i => $"{i.StepId}/{i.ItemId}"))));
            foreach (var step in c.Steps)
            {
                // House penalties never hit are the rule; they stay in the JSON.
                var items = c.Items.Where(i => i.StepId == step.StepId && !(i.IsHouse && i.IsPenalty && i.Earned == 0)).Select(i => $"{(i.IsPenalty ? "−" : "")}{i.ItemId} {i.Earned}/{i.Answers}");
                var itemsText = string.Join(", ", items);
                context.Out.WriteLine("  " + text.Format("ExploreStep", step.StepId, step.Reached, c.Calls)
                    + (itemsText.Length > 0 ? " · " + itemsText : ""));
            }

            foreach (var problem in c.Problems)
                context.Out.WriteLine($"{c.SourcePath}:{problem.Line}:{problem.Column}: {text.Format("ExploreProblemAt", c.ScenarioId, problem.StepId)}: {Describe(context, problem)}");
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"{coverage.Count} scenarios, {coverage.Sum(c => c.Calls)} calls, {coverage.Sum(c => c.Problems.Count)} problems");
    }

    private static string Describe(CliContext context, ExplorationProblem problem) => problem.Kind switch
    {
        ExplorationProblemKind.Loop => context.Text.Format("ExploreLoop", problem.Budget, problem.Detail, problem.Calls),
        ExplorationProblemKind.RegexTimeout => context.Text.Format("ExploreRegexTimeout", problem.Detail, problem.Calls),
        _ => context.Text.Format("ExploreException", problem.Detail, problem.Calls),
    };

    private static string Json(List<Diagnostic> loadErrors, List<ScenarioCoverage> coverage, int calls, int seed) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("seed", seed);
        json.WriteNumber("calls", calls);
        json.WriteStartArray("errors");
        foreach (var error in loadErrors)
            json.WriteStringValue(error.ToString());
        json.WriteEndArray();
        json.WriteStartArray("scenarios");
        foreach (var c in coverage)
            WriteScenario(json, c);
        json.WriteEndArray();
        json.WriteStartObject("counts");
        json.WriteNumber("scenarios", coverage.Count);
        json.WriteNumber("calls", coverage.Sum(c => c.Calls));
        json.WriteNumber("problems", coverage.Sum(c => c.Problems.Count));
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteScenario(Utf8JsonWriter json, ScenarioCoverage c)
    {
        json.WriteStartObject();
        json.WriteString("scenario", c.ScenarioId);
        json.WriteString("path", c.SourcePath);
        json.WriteNumber("calls", c.Calls);
        json.WriteNumber("steps_reached_percent", c.ReachedPercent);
        json.WriteNumber("items_earned_percent", c.EarnedPercent);
        json.WriteStartArray("steps");
        foreach (var step in c.Steps)
        {
            json.WriteStartObject();
            json.WriteString("step", step.StepId);
            json.WriteNumber("line", step.Line);
            json.WriteNumber("reached", step.Reached);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var item in c.Items)
        {
            json.WriteStartObject();
            json.WriteString("step", item.StepId);
            json.WriteString("item", item.ItemId);
            json.WriteString("skill", item.Skill);
            json.WriteBoolean("penalty", item.IsPenalty);
            json.WriteBoolean("house", item.IsHouse);
            json.WriteNumber("answers", item.Answers);
            json.WriteNumber("earned", item.Earned);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("never_reached");
        foreach (var step in c.NeverReached)
            json.WriteStringValue(step.StepId);
        json.WriteEndArray();
        json.WriteStartArray("never_earned");
        foreach (var item in c.NeverEarned)
        {
            json.WriteStartObject();
            json.WriteString("step", item.StepId);
            json.WriteString("item", item.ItemId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("outcomes");
        foreach (var (outcome, count) in c.Outcomes)
            json.WriteNumber(outcome, count);
        json.WriteEndObject();
        json.WriteStartArray("problems");
        foreach (var problem in c.Problems)
        {
            json.WriteStartObject();
            json.WriteString("kind", problem.Kind switch
            {
                ExplorationProblemKind.Loop => "loop",
                ExplorationProblemKind.RegexTimeout => "regex-timeout",
                _ => "exception",
            });
            json.WriteString("step", problem.StepId);
            json.WriteNumber("line", problem.Line);
            json.WriteNumber("column", problem.Column);
            json.WriteNumber("calls", problem.Calls);
            json.WriteString("detail", problem.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A count on standard error, redrawn at most ten times a second, when it is a terminal.</summary>
    private sealed class ExploreProgress(CliContext context, long total)
    {
        private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
        private long _done;
        private bool _shown;

        public void CallDone()
        {
            _done++;
            if (!context.Environment.ErrorIsTerminal || (_shown && _sinceDrawn.ElapsedMilliseconds < 100 && _done != total))
                return;
            context.Error.Write($"\r{context.Text["ExploreProgress"]} {_done}/{total}   ");
            context.Error.Flush();
            _shown = true;
            _sinceDrawn.Restart();
        }

        public void Clear()
        {
            if (!_shown)
                return;
            context.Error.Write("\r" + new string(' ', 40) + "\r");
            context.Error.Flush();
        }
    }
}
