using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrainingSim.Interchange.Export;

/// <summary>ISO 8601 durations as xAPI uses them (<c>PT1H2M3.45S</c>, to the hundredth of a second).</summary>
public static partial class IsoDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
            duration = TimeSpan.Zero;
        var hundredths = (long)Math.Round(duration.TotalSeconds * 100, MidpointRounding.AwayFromZero);
        var hours = hundredths / 360_000;
        var minutes = hundredths / 6_000 % 60;
        var seconds = hundredths % 6_000 / 100m;
        var text = new StringBuilder("PT");
        if (hours > 0)
            text.Append(CultureInfo.InvariantCulture, $"{hours}H");
        if (minutes > 0)
            text.Append(CultureInfo.InvariantCulture, $"{minutes}M");
        if (seconds > 0 || (hours == 0 && minutes == 0))
            text.Append(seconds.ToString("0.##", CultureInfo.InvariantCulture)).Append('S');
        return text.ToString();
    }

    /// <summary>True for an ISO 8601 duration of the form <c>PnYnMnDTnHnMnS</c> (or <c>PnW</c>), at least one part.</summary>
    public static bool IsValid(string text)
    {
        if (!Pattern().IsMatch(text))
            return false;
        return text != "P" && !text.EndsWith('T');
    }

    [GeneratedRegex(@"^P(?:\d+(?:\.\d+)?W|(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
