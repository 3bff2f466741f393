namespace TrainingSim.Core.Tests.Progress;

/// <summary>A clock the test moves by hand, in a fixed local time zone.</summary>
internal sealed class ManualClock(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;

    /// <summary>UTC+8, no daylight saving (China Standard Time).</summary>
    public static TimeZoneInfo China { get; } =
        TimeZoneInfo.CreateCustomTimeZone("test/China", TimeSpan.FromHours(8), "China", "China");
}
