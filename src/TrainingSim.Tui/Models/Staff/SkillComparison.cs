namespace TrainingSim.Tui.Models.Staff;

/// <summary>A trainee's average in one skill (over completed attempts) beside the cohort's average.</summary>
/// <param name="Scored">How many of the cohort's trainees (this one included) have a score in the skill.</param>
internal sealed record SkillComparison(string SkillId, int Score, int? CohortAverage, int Scored = 1)
{
    /// <summary>At least <see cref="AttentionRules.FarBelowPoints"/> under the cohort.</summary>
    public bool FarBelow => CohortAverage is { } average && average - Score >= AttentionRules.FarBelowPoints;

    /// <summary>No one else in the cohort to compare with.</summary>
    public bool Alone => Scored <= 1;
}
