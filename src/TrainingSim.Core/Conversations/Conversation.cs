using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Conversations;

/// <summary>The call as a state machine with no UI: submit a reply or a choice, read what comes back.
/// (Contract only; the engine work fills it in.)</summary>
public sealed class Conversation
{
    public Conversation(Scenario scenario)
    {
        Scenario = scenario;
        CurrentStep = scenario.StartStep;
    }

    public Scenario Scenario { get; }

    /// <summary>The step awaiting an answer, or the end step reached.</summary>
    public Step CurrentStep { get; private set; }

    public int Mood { get; private set; }

    public bool IsOver { get; private set; }

    /// <summary>Null while the call goes on.</summary>
    public string? Outcome { get; private set; }

    public IReadOnlyList<TurnResult> Turns => throw new NotImplementedException();

    /// <summary>Step ids visited, the start step first.</summary>
    public IReadOnlyList<string> Path => throw new NotImplementedException();

    /// <summary>Answers the current free-text step.</summary>
    /// <param name="hintUsed">Practice mode: the trainee revealed hints, so bonus items earn nothing.</param>
    public TurnResult Reply(string text, TimeSpan? elapsed = null, bool hintUsed = false) => throw new NotImplementedException();

    /// <summary>Answers the current choice step with a 1-based choice number.</summary>
    public TurnResult Choose(int number, TimeSpan? elapsed = null) => throw new NotImplementedException();

    /// <summary>The trainee quits: outcome <c>abandoned</c>.</summary>
    public void Abandon() => throw new NotImplementedException();

    /// <summary>The scorecard so far (final once <see cref="IsOver"/>).</summary>
    public AttemptResult Result() => throw new NotImplementedException();
}
