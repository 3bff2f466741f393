namespace TrainingSim.Core.Scoring;

public enum StarRequirementKind
{
    /// <summary>The call reached an end step (not hung up, not abandoned).</summary>
    ReachedEnd,
    /// <summary>Score ≥ the scenario's <c>pass_score</c>.</summary>
    PassScore,
    /// <summary>The courtesy skill ≥ 80 (only listed when courtesy has a score).</summary>
    Courtesy,
    /// <summary>Format 2: no turn on which a courtesy penalty counted (你, rudeness, blame) or a choice cost courtesy.</summary>
    NoDiscourtesy,
    /// <summary>The outcome is one of the scenario's <c>success_outcomes</c>.</summary>
    SuccessOutcome,
    /// <summary>Score ≥ a fixed threshold (80 for 2 stars, 90 for 3).</summary>
    Score,
    /// <summary>At least one bonus item matched (and earned: not on a turn where a hint was used).</summary>
    BonusMatched,
    /// <summary>Format 2: no free-text turn whose rubric phrases stood in a keyword list (a string of terms is not
    /// talking to the customer, whatever the choices around it earned).</summary>
    NoKeywordList,
}
