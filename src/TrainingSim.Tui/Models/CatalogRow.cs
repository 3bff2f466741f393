using TrainingSim.Core.Courses;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>One line of the home screen's catalog: a module heading (no scenario) or a scenario with
/// the trainee's best result. Lines of the course section carry the plan entry they stand for.</summary>
internal sealed record CatalogRow(string Module, Scenario? Scenario, bool Locked, int? BestStars, int? BestScore, int Attempts)
{
    public bool IsHeading => Scenario is null;

    /// <summary>A module heading's description (from the modules file).</summary>
    public string? Description { get; init; }

    /// <summary>The plan entry of a course-section line; null in the catalog proper.</summary>
    public EntryProgress? Course { get; init; }

    /// <summary>The course section's heading: the trainee's status in their cohort's plan.</summary>
    public TraineeCourseStatus? CourseHeading { get; init; }
}
