namespace TrainingSim.Core.Courses;

public enum EntryStatus
{
    /// <summary>Not yet passed, and (for an exam) a try is left.</summary>
    Open,
    /// <summary>An attempt since the start of the course met the pass requirement.</summary>
    Passed,
    /// <summary>An exam whose tries are all used, none passing, and no retry granted since.</summary>
    Failed,
}
