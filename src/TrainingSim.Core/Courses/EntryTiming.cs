namespace TrainingSim.Core.Courses;

/// <summary>Where an entry's due date lies from today (docs/courses.md).</summary>
public enum EntryTiming
{
    /// <summary>Due before today.</summary>
    Overdue,
    /// <summary>Due today.</summary>
    Today,
    /// <summary>Due in the six days after today.</summary>
    ThisWeek,
    /// <summary>Due later.</summary>
    Later,
}
