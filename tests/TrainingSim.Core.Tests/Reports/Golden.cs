using Snapshooter.Xunit;

namespace TrainingSim.Core.Tests.Reports;

/// <summary>Golden-file assertions through Snapshooter (<c>__snapshots__/</c> beside the test). Under CI
/// (CI=true) strict mode is switched on, so a missing snapshot fails instead of being written.</summary>
internal static class Golden
{
    public static void Match(string text)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        Snapshot.Match(text);
    }
}
