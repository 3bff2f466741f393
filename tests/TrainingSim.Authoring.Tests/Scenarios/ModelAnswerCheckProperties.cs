using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TrainingSim.Authoring.Scenarios;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Authoring.Tests.Scenarios;

/// <summary>The loader's light model-answer check agrees with the engine's <see cref="ReplyScorer"/> on every reply:
/// same required items missed, same penalties hit.</summary>
public class ModelAnswerCheckProperties
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(TestSupport.TestData, "..", "..", ".."));

    /// <summary>Every free-text step of the shipped library and of the test data, with the house rubric merged.</summary>
    internal static readonly FreeTextStep[] Steps = LoadSteps();

    private static FreeTextStep[] LoadSteps()
    {
        var shippedContent = ContentLoader.Load(Path.Combine(RepositoryRoot, "content")).Content;
        var shipped = LibraryLoader.Load([Path.Combine(RepositoryRoot, "scenarios")], shippedContent).Scenarios;
        var ours = LibraryLoader.Load([Path.Combine(TestSupport.TestData, "Valid")], TestSupport.Content).Scenarios;
        var extra = ScenarioLoader.LoadFile(Path.Combine(TestSupport.TestData, "Invalid", "model-not-full.yaml"), TestSupport.Content).Scenario!;
        // The light check is format 1's matching; format 2 is checked by the engine itself.
        return [.. shipped.Concat(ours).Append(extra).Where(s => s.Format == 1).SelectMany(s => s.Steps.Values.OfType<FreeTextStep>())];
    }

    [Fact]
    public void Steps_AreEnoughToMeanSomething() => Assert.True(Steps.Length >= 10, $"only {Steps.Length} steps");

    [Property(MaxTest = 1000, Arbitrary = [typeof(Generators)])]
    public void Check_AnyReply_AgreesWithReplyScorer(StepReply input)
    {
        var step = Steps[input.Step];
        var light = ModelAnswerCheck.Check(step, input.Reply);
        var engine = ReplyScorer.Score(step, input.Reply);

        Assert.Equal(engine.MissedRequired.Select(i => i.Id), light.Missed.Select(i => i.Id));
        Assert.Equal(engine.Penalties.Select(m => m.Item.Id), light.Penalties.Select(i => i.Id));
        Assert.Equal(engine.EarnsFullScore, light.EarnsFullScore);
    }

    [Fact]
    public void Check_EveryModelAnswer_AgreesWithReplyScorer()
    {
        foreach (var step in Steps.Where(s => s.Model is not null))
            Assert.Equal(ReplyScorer.Score(step, step.Model!).EarnsFullScore, ModelAnswerCheck.Check(step, step.Model!).EarnsFullScore);
    }

    public sealed record StepReply(int Step, string Reply)
    {
        public override string ToString() => $"{Steps[Step].Id}: {Reply}";
    }

    public static class Generators
    {
        private static readonly string[] Fillers = ["，", " ", "！", "您好", "请问", "abc", "Sorry,", "ＡＢＣ", "12", "*", "的", "\u0301", "ing"];

        public static Arbitrary<StepReply> Replies() =>
            (from step in Gen.Choose(0, Steps.Length - 1)
             from reply in ReplyFor(Steps[step])
             select new StepReply(step, reply)).ToArbitrary();

        private static Gen<string> ReplyFor(FreeTextStep step)
        {
            var sources = step.Rubric.SelectMany(i => i.Phrases).Select(p => p.Source)
                .Where(s => !s.StartsWith('/')).Select(s => s.Replace("*", "", StringComparison.Ordinal)).Distinct().ToArray();
            var pieces = sources.Length == 0 ? Gen.Elements(Fillers) : Gen.OneOf(Gen.Elements(sources), Gen.Elements(Fillers));
            var piece = from text in pieces
                        from cut in Gen.Choose(0, 4)
                        select cut == 0 && text.Length > 1 ? text[..^1] : text;
            return from parts in piece.ListOf()
                   from model in Gen.Elements(true, false, false, false)
                   select model && step.Model is not null ? step.Model + string.Concat(parts) : string.Concat(parts);
        }
    }
}
