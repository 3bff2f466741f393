using System.Globalization;

namespace TrainingSim.Reports;

internal static class Timestamps
{
    /// <summary>UTC to the second, as in <c>2026-11-23T08:15:00Z</c>.</summary>
    public static string Utc(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
