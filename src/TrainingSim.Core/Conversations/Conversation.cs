using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Conversations;

/// <summary>The call as a state machine with no UI: submit a reply or a choice, read what comes back.</summary>
/// <remarks>
/// <para>Mood starts at <c>customer.mood</c>, then the start step's <c>mood</c> is added. After each
/// answer, in this order and kept within 0..100 after each change: the step score's change
/// round((score − 50) / 50 × 15); 5 more lost when the answer came after <c>reply_seconds</c>; the chosen
/// choice's <c>mood</c>; then the next step's <c>mood</c>. Branch conditions see the mood before the
/// next step's own mood. If the mood is 0 once all of these are applied, the customer hangs up instead
/// of entering the next step (even an end step): outcome <c>hung-up</c>. A start mood of 0 does not hang
/// up by itself; only an answer can.</para>
/// <para>Not thread-safe: one conversation belongs to one call.</para>
/// </remarks>
public sealed class Conversation
{
    private readonly List<TurnResult> _turns = [];
    private readonly List<string> _path = [];

    public Conversation(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        CurrentStep = scenario.StartStep;
        Mood = ScoreMath.ClampMood(ScoreMath.ClampMood(scenario.Customer.Mood) + CurrentStep.Mood);
        _path.Add(CurrentStep.Id);
        if (CurrentStep is EndStep end)
            Finish(end.Outcome);
    }

    public Scenario Scenario { get; }

    /// <summary>The step awaiting an answer, or the end step reached. After a hang-up, the step that was
    /// answered last.</summary>
    public Step CurrentStep { get; private set; }

    public int Mood { get; private set; }

    public bool IsOver { get; private set; }

    /// <summary>Null while the call goes on.</summary>
    public string? Outcome { get; private set; }

    /// <summary>True when the call ended at an end step (not hung up or abandoned).</summary>
    public bool ReachedEnd => IsOver && CurrentStep is EndStep;

    public IReadOnlyList<TurnResult> Turns => _turns;

    /// <summary>Step ids visited, the start step first.</summary>
    public IReadOnlyList<string> Path => _path;

    /// <summary>Answers the current free-text step.</summary>
    /// <param name="elapsed">Time taken; over <c>reply_seconds</c> costs what the scoring rules say.</param>
    /// <param name="hintUsed">Practice mode: the trainee revealed hints, so bonus items earn nothing.</param>
    /// <exception cref="InvalidOperationException">The call is over or the current step is not free text.</exception>
    public TurnResult Reply(string text, TimeSpan? elapsed = null, bool hintUsed = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureNotOver();
        if (CurrentStep is not FreeTextStep step)
            throw new InvalidOperationException($"Step '{CurrentStep.Id}' is a choice step: answer it with Choose.");

        var overTime = IsOverTime(elapsed);
        var evaluation = ReplyScorer.Score(step, text, overTime, hintUsed);
        Mood = evaluation.MoodAfter(Mood);
        var next = evaluation.NextStepId(Mood);
        var entered = Enter(next);

        return Add(Turn(step, evaluation, text, elapsed, next, entered) with
        {
            Matched = evaluation.Matched,
            Missed = evaluation.Missed,
            Penalties = evaluation.Penalties,
            HintUsed = hintUsed,
            BonusMatched = evaluation.BonusEarned,
            Discounted = evaluation.Discounted,
            Length = evaluation.Length,
            TimedOut = evaluation.TimedOut,
        });
    }

    /// <summary>What a turn records for both kinds of answer; each answer adds its own parts.</summary>
    private TurnResult Turn(Step step, Evaluation evaluation, string reply, TimeSpan? elapsed, string next, bool entered) =>
        new()
        {
            Index = _turns.Count,
            StepId = step.Id,
            Reply = reply,
            Elapsed = elapsed,
            OverTime = evaluation.OverTime,
            OverTimeLoss = evaluation.OverTimeLoss,
            Net = evaluation.Counted,
            Maximum = evaluation.Maximum,
            Score = evaluation.Score,
            Skills = evaluation.Skills,
            MoodAfter = Mood,
            NextStepId = entered ? next : null,
            HungUp = !entered,
        };

    private TurnResult Add(TurnResult turn)
    {
        _turns.Add(turn);
        return turn;
    }

    /// <summary>Answers the current choice step with a 1-based choice number.</summary>
    /// <exception cref="InvalidOperationException">The call is over or the current step is not a choice step.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No choice has that number.</exception>
    public TurnResult Choose(int number, TimeSpan? elapsed = null)
    {
        EnsureNotOver();
        if (CurrentStep is not ChoiceStep step)
            throw new InvalidOperationException($"Step '{CurrentStep.Id}' is not a choice step: answer it with Reply.");

        var overTime = IsOverTime(elapsed);
        var evaluation = ChoiceScorer.Score(step, number, overTime, Scenario.Format);
        ChangeMood(evaluation.MoodChange);
        if (overTime)
            ChangeMood(-ScoreMath.OverTimeMoodLoss);
        ChangeMood(evaluation.Choice.Mood);
        var next = evaluation.Choice.Goto;
        var entered = Enter(next);

        return Add(Turn(step, evaluation, evaluation.Choice.Text, elapsed, next, entered) with { Choice = number });
    }

    /// <summary>The trainee quits: outcome <c>abandoned</c>. Does nothing once the call is over.</summary>
    public void Abandon()
    {
        if (!IsOver)
            Finish(Outcomes.Abandoned);
    }

    /// <summary>The scorecard so far (final once <see cref="IsOver"/>).</summary>
    public AttemptResult Result()
    {
        var score = AttemptScorer.Score(_turns);
        var skills = AttemptScorer.Skills(_turns);
        var bonus = _turns.Any(t => t.BonusMatched);
        var rating = StarRater.Rate(Scenario, ReachedEnd, Outcome, score, skills, bonus, Scenario.Format >= 2 ? Discourtesies() : null,
            Scenario.Format >= 2 ? _turns.Count(t => t.Discounted.Any(d => d.Reason == DiscountReason.KeywordList)) : null);
        return new AttemptResult
        {
            ScenarioId = Scenario.Id,
            Outcome = Outcome,
            Success = ReachedEnd && Outcome is not null && Scenario.SuccessOutcomes.Contains(Outcome),
            Score = score,
            Stars = rating.Stars,
            Rating = rating,
            Skills = skills,
            FinalMood = Mood,
            BonusMatched = bonus,
            Turns = [.. _turns],
            Path = [.. _path],
        };
    }

    /// <summary>Format 2's 亲切 test: turns where a courtesy penalty counted, or a choice took courtesy points away.</summary>
    private int Discourtesies() => _turns.Count(t =>
        t.Penalties.Any(p => p.Item.Skill == StarRater.CourtesySkill)
        || (t.Choice is not null && t.Skills.TryGetValue(StarRater.CourtesySkill, out var courtesy) && courtesy.Net < 0));

    private bool IsOverTime(TimeSpan? elapsed) =>
        Scenario.ReplySeconds is { } limit && elapsed is { } taken && taken > TimeSpan.FromSeconds(limit);

    private void ChangeMood(int change) => Mood = ScoreMath.ClampMood(Mood + change);

    /// <summary>Applies the next step's mood and enters it, or hangs up when the mood is 0.</summary>
    private bool Enter(string stepId)
    {
        if (!Scenario.Steps.TryGetValue(stepId, out var step))
            throw new InvalidOperationException($"Scenario '{Scenario.Id}' has no step '{stepId}'.");

        ChangeMood(step.Mood);
        if (Mood == 0)
        {
            Finish(Outcomes.HungUp);
            return false;
        }

        CurrentStep = step;
        _path.Add(step.Id);
        if (step is EndStep end)
            Finish(end.Outcome);
        return true;
    }

    private void Finish(string outcome)
    {
        IsOver = true;
        Outcome = outcome;
    }

    private void EnsureNotOver()
    {
        if (IsOver)
            throw new InvalidOperationException($"The call is over (outcome {Outcome}).");
    }
}
