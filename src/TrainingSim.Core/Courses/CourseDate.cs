using System.Globalization;

namespace TrainingSim.Core.Courses;

/// <summary>Course dates as staff type and read them, YYYY-MM-DD, in every language and in storage.</summary>
public static class CourseDate
{
    private const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Pattern, CultureInfo.InvariantCulture);
}
