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
        "  " + Columns.Fit(text["ColTitle"], TitleWidth(width)) + Columns.Fit(text["ColDifficulty"], DifficultyWidth)
        + Columns.Fit(text["ColStars"], StarsWidth) + Columns.Fit(text["ColScore"], ScoreWidth);

    public static string Row(CatalogRow row, UiText text, int width)
    {
        if (row.Scenario is not { } scenario)
            return Columns.Fit("▸ " + text.Format("ModuleHeading", row.Module), width);
        var difficulty = new string('■', Math.Clamp(scenario.Difficulty, 0, 5)) + new string('□', Math.Max(0, 5 - scenario.Difficulty));
        var stars = row.Locked
            ? text["Locked"]
            : row.BestStars is { } best ? StarWording.Glyphs(best) : "—";
        var score = row.Locked || row.BestScore is null ? "" : text.Format("ScoreValue", row.BestScore);
        return "  " + Columns.Fit(scenario.Title, TitleWidth(width)) + Columns.Fit(difficulty, DifficultyWidth)
            + Columns.Fit(stars, StarsWidth) + Columns.Fit(score, ScoreWidth);
    }

    /// <summary>★★☆ for 2 of 3.</summary>
    private static int TitleWidth(int width) => Math.Max(10, width - 2 - DifficultyWidth - StarsWidth - ScoreWidth - 1);
}
