namespace TrainingSim.Core.Courses;

/// <summary>A course plan (<c>content/courses/*.yaml</c>), its modules already expanded into their scenarios.</summary>
public sealed record CoursePlan
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Language { get; init; }
    /// <summary>By due day, then in file order.</summary>
    public required IReadOnlyList<PlanEntry> Entries { get; init; }
    public string SourcePath { get; init; } = "";

    /// <summary>The plan's last day (the last entry's due day).</summary>
    public int Days => Entries.Count == 0 ? 0 : Entries.Max(e => e.DueDay);
}
