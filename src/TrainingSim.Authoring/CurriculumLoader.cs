using TrainingSim.Authoring.Courses;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring;

/// <summary>What needs the content and the whole library at once: the modules files checked against the scenarios
/// (<see cref="ModuleCheck"/>), and the course plans of <c>content/courses/</c> (<see cref="CoursePlanReader"/>).</summary>
public static class CurriculumLoader
{
    public static CurriculumLoadResult Load(string contentDir, TrainingContent content, IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(contentDir);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(scenarios);
        var diagnostics = new List<Diagnostic>(ModuleCheck.Check(content, scenarios));
        var plans = CoursePlanReader.LoadFolder(Path.Combine(contentDir, "courses"), content, scenarios, diagnostics, out var files);
        return new CurriculumLoadResult(plans, diagnostics, files);
    }
}
