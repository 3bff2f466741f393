using TrainingSim.Core.Courses;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Text;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens;

/// <summary>Catalog rows as aligned text (CJK double width counted): title, difficulty, best stars, best score.</summary>
internal static class CatalogFormat
{
    private const int DifficultyWidth = 8;
    private const int StarsWidth = 12;
    private const int ScoreWidth = 8;

    public static string Header(UiText text, int width) =>
        "  " + Columns.Cell(text["ColTitle"], TitleWidth(width)) + Columns.Cell(text["ColDifficulty"], DifficultyWidth)
        + Columns.Cell(text["ColStars"], StarsWidth) + Columns.Cell(text["ColScore"], ScoreWidth);

    public static string Row(CatalogRow row, UiText text, int width)
    {
        if (row.CourseHeading is { } course)
            return Columns.Fit("▸ " + CourseHeading(course, text), width);
        if (row.Scenario is not { } scenario)
            return Columns.Fit("▸ " + text.Format("ModuleHeading", row.Module) + (row.Description is { } d ? " — " + d : ""), width);
        var difficulty = new string('■', Math.Clamp(scenario.Difficulty, 0, 5)) + new string('□', Math.Max(0, 5 - scenario.Difficulty));
        var stars = row.Locked
            ? text["Locked"]
            : row.BestStars is { } best ? StarWording.Glyphs(best) : "—";
        var score = row.Locked || row.BestScore is null ? "" : text.Format("ScoreValue", row.BestScore);
        var title = row.Course is { } entry ? $"[{CourseTag(entry, text)}] {scenario.Title}" : scenario.Title;
        return "  " + Columns.Cell(title, TitleWidth(width)) + Columns.Cell(difficulty, DifficultyWidth)
            + Columns.Cell(stars, StarsWidth) + Columns.Cell(score, ScoreWidth);
    }

    private static string CourseHeading(TraineeCourseStatus course, UiText text)
    {
        var standing = text["Standing" + StandingNames.KeySuffix(course.Standing)];
        var line = text.Format("CourseHeading", course.Plan.Title, Math.Clamp(course.Day, 1, Math.Max(1, course.Plan.Days)), course.Plan.Days, standing);
        return course.Overdue.Any() || course.DueToday.Any() || course.DueThisWeek.Any() || course.FailedExams.Any()
            ? line
            : line + text["CourseNothingDue"];
    }

    /// <summary>When the entry is due (or that it failed), and "exam" for an exam: 逾期·考试.</summary>
    private static string CourseTag(EntryProgress entry, UiText text)
    {
        var when = entry.Status == EntryStatus.Failed ? "CourseFailed"
            : entry.IsOverdue ? "CourseOverdue"
            : entry.Timing == EntryTiming.Today ? "CourseToday"
            : "CourseThisWeek";
        return entry.Entry.Mode == Core.Progress.PlayMode.Exam ? text[when] + "·" + text["CourseExam"] : text[when];
    }

    /// <summary>★★☆ for 2 of 3.</summary>
    private static int TitleWidth(int width) => Math.Max(10, width - 2 - DifficultyWidth - StarsWidth - ScoreWidth - 1);
}
