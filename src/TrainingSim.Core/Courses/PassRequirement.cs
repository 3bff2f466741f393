namespace TrainingSim.Core.Courses;

/// <summary>What an attempt must reach for a plan entry to count as passed: at least <see cref="Stars"/> stars and/or
/// a score of at least <see cref="Score"/> (both, when both are given), in a completed call.</summary>
public sealed record PassRequirement(int? Stars, int? Score)
{
    /// <summary>The default: one star (亲切).</summary>
    public static PassRequirement OneStar { get; } = new(1, null);

    public bool IsMetBy(Progress.AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.Completed && (Stars is not { } stars || attempt.Stars >= stars) && (Score is not { } score || attempt.Score >= score);
    }
}
