namespace TrainingSim.Core.Courses;

/// <summary>A trainee against their cohort's plan: failed exam over behind over on track.</summary>
public enum Standing
{
    OnTrack,
    Behind,
    FailedExam,
}
