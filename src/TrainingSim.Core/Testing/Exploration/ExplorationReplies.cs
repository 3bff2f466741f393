using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Testing.Exploration;

/// <summary>What the explorer may answer at a step: on a free-text step its good and bad <c>examples:</c> and its
/// <c>model</c> (an empty reply when it has none of these); on a choice step each choice's number.</summary>
internal static class ExplorationReplies
{
    public static IReadOnlyList<string> For(Step step) => step switch
    {
        FreeTextStep free => Texts(free) is { Count: > 0 } texts ? texts : [""],
        ChoiceStep choice => [.. Enumerable.Range(1, choice.Choices.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        _ => [],
    };

    private static List<string> Texts(FreeTextStep step)
    {
        var texts = step.Examples.Good.Concat(step.Examples.Bad).Select(e => e.Reply).ToList();
        if (step.Model is { Length: > 0 } model)
            texts.Add(model);
        return texts;
    }
}
