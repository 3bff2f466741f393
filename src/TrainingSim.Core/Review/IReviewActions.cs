using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Review;

/// <summary>The trainer's review actions on the library's files and the progress database, for the text UI
/// (the host implements them; the command line runs the same).</summary>
public interface IReviewActions
{
    /// <summary>The scenarios as they stand after the edits made so far.</summary>
    IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>Adds the reply to its step's good examples, then re-scores the scenario's attempts.</summary>
    ReviewOutcome Accept(string scenarioId, string stepId, string reply);

    /// <summary>Adds a phrase to an item's <c>any:</c>, then re-scores the scenario's attempts.</summary>
    ReviewOutcome AddPhrase(string scenarioId, string stepId, string itemId, string phrase);

    /// <summary>Adds a phrase to a format-2 concept bank of the language, then re-scores the attempts of every
    /// scenario in that language.</summary>
    ReviewOutcome AddConceptPhrase(string language, string concept, string phrase);
}
