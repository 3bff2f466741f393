using TrainingSim.Core.Content;

namespace TrainingSim.Cli.Play;

/// <summary>Outcome display names in the interface language, from the content's <c>outcomes.yaml</c>; the id when
/// unnamed. Display only: JSON and stored attempts keep the id.</summary>
public sealed class OutcomeNames(TrainingContent content, string language)
{
    public string Name(string outcomeId) => content.OutcomeName(outcomeId, language);
}
