using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Tests.TestSupport;

/// <summary>Small builders for scenarios written in code.</summary>
internal static class Make
{
    public static RubricItem Item(string id, int points, params string[] phrases) => new()
    {
        Id = id,
        Skill = "empathy",
        Points = points,
        Phrases = [.. phrases.Select(PhraseParser.Parse)],
    };

    public static RubricItem Item(string id, string skill, int points, params string[] phrases) =>
        Item(id, points, phrases) with { Skill = skill };

    public static RubricItem Bonus(string id, int points, params string[] phrases) =>
        Item(id, "courtesy", points, phrases) with { Bonus = true };

    public static RubricItem AllOf(string id, int points, params string[] phrases) =>
        Item(id, points, phrases) with { Mode = MatchMode.All };

    public static FreeTextStep Free(string id, string next, params RubricItem[] rubric) =>
        Free(id, Next.To(next), rubric);

    public static FreeTextStep Free(string id, Next next, params RubricItem[] rubric) => new()
    {
        Id = id,
        Rubric = rubric,
        Next = next,
    };

    public static Next Branches(params Branch[] branches) => new(branches);

    public static Branch When(Condition condition, string next) => new(condition, next);

    public static Branch Otherwise(string next) => new(null, next);

    public static ChoiceStep Choices(string id, params Choice[] choices) => new() { Id = id, Choices = choices };

    public static Choice Choice(string text, string next, params (string Skill, int Points)[] points) => new()
    {
        Text = text,
        Goto = next,
        Points = points.ToDictionary(p => p.Skill, p => p.Points),
    };

    public static EndStep End(string id, string outcome = "resolved") => new() { Id = id, Outcome = outcome };

    /// <summary>A scenario whose first step is the start.</summary>
    public static Scenario Scenario(int mood, params Step[] steps) => new()
    {
        Id = "test-scenario",
        Title = "Test",
        Language = "zh-CN",
        Module = "tests",
        Customer = new Customer(Mood: mood),
        Start = steps[0].Id,
        Steps = steps.ToDictionary(s => s.Id),
    };

    public static Scenario Scenario(params Step[] steps) => Scenario(50, steps);
}
