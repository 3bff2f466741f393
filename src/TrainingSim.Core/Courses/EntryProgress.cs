namespace TrainingSim.Core.Courses;

/// <summary>One plan entry for one trainee, as of a given day.</summary>
public sealed record EntryProgress(PlanEntry Entry, DateOnly Due, EntryStatus Status, EntryTiming Timing, int ExamTriesLeft)
{
    /// <summary>Not passed, due before today (a failed exam is also overdue).</summary>
    public bool IsOverdue => Status != EntryStatus.Passed && Timing == EntryTiming.Overdue;

    /// <summary>The trainee may start it now: practice always; an exam while a try is left.</summary>
    public bool Playable => Entry.Mode == Progress.PlayMode.Practice || Status == EntryStatus.Open;
}
