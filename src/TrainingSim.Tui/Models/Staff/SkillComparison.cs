namespace TrainingSim.Tui.Models.Staff;

/// <summary>A trainee's average in one skill (over completed attempts) beside the cohort's average.</summary>
internal sealed record SkillComparison(string SkillId, int Score, int? CohortAverage)
{
    /// <summary>At least <see cref="AttentionRules.FarBelowPoints"/> under the cohort.</summary>
    public bool FarBelow => CohortAverage is { } average && average - Score >= AttentionRules.FarBelowPoints;
}
