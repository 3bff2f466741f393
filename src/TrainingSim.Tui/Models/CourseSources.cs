using TrainingSim.Core.Courses;

namespace TrainingSim.Tui.Models;

/// <summary>Where the home screen finds the trainee's course: the assignments and retries, and the library's plans.</summary>
internal sealed record CourseSources(ICourseStore Store, IReadOnlyList<CoursePlan> Plans);
