namespace TrainingSim.Core.Courses;

/// <summary>A standing's stable id in JSON (<c>on-track</c>, <c>behind</c>, <c>failed-exam</c>) and the suffix of its
/// display string's resource key in every front end (<c>StandingOnTrack</c>, <c>StaffStandingBehind</c>, …).</summary>
public static class StandingNames
{
    public static string Id(Standing standing) => standing switch
    {
        Standing.Behind => "behind",
        Standing.FailedExam => "failed-exam",
        _ => "on-track",
    };

    public static string KeySuffix(Standing standing) => standing switch
    {
        Standing.Behind => "Behind",
        Standing.FailedExam => "FailedExam",
        _ => "OnTrack",
    };
}
