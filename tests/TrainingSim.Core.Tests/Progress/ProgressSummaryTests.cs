using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Progress;
using static TrainingSim.Core.Tests.Progress.Records;

namespace TrainingSim.Core.Tests.Progress;

public class ProgressSummaryTests
{
    private static readonly string[] Catalog = ["a", "b", "c"];
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly TimeZoneInfo ChinaZone = TimeZoneInfo.CreateCustomTimeZone("test/China", China, "China", "China");

    private static DateTimeOffset Day(int day, int hour = 10) => new(2026, 11, day, hour, 0, 0, China);

    private static ProgressSummary Summarise(DateTimeOffset now, params AttemptRecord[] attempts)
    {
        var clock = new FakeTimeProvider(now.ToUniversalTime());
        clock.SetLocalTimeZone(ChinaZone);
        return ProgressSummary.Compute(attempts, Catalog, clock);
    }

    [Fact]
    public void Compute_NoAttempts_Zeroes()
    {
        var summary = Summarise(Day(23));
        Assert.Equal(0, summary.Experience);
        Assert.Equal(1, summary.Level.Level);
        Assert.Equal(0, summary.StarsEarned);
        Assert.Equal(9, summary.StarsPossible);
        Assert.Equal(0, summary.StreakDays);
        Assert.Null(summary.LastSession);
        Assert.Empty(summary.Best);
        Assert.Equal(0, summary.Attempts);
    }

    [Fact]
    public void Compute_CompletedAttempts_ExperienceIsScorePlus25PerStar()
    {
        var summary = Summarise(Day(23),
            Completed("x", "a", Day(23), 80, 2),
            Completed("x", "a", Day(23, 11), 40, 0, "hung-up"),
            Attempt("x", "b", Day(23, 12)) with { Score = 99, Stars = 3 });  // never ended: abandoned

        Assert.Equal(80 + 50 + 40, summary.Experience);
        Assert.Equal(2, summary.Level.Level);
        Assert.Equal(3, summary.Attempts);
        Assert.Equal(2, summary.Completed);
        Assert.Equal(1, summary.Passed);
        Assert.Equal(1, summary.Abandoned);
    }

    [Fact]
    public void Compute_SeveralAttempts_BestScoreAndStarsPerScenarioOverCompleted()
    {
        var summary = Summarise(Day(23),
            Completed("x", "a", Day(20), 95, 1),
            Completed("x", "a", Day(21), 70, 2),
            Completed("x", "b", Day(22), 60, 1),
            Completed("x", "b", Day(22), 99, 3, "abandoned"),
            Completed("x", "retired", Day(22), 100, 3));

        Assert.Equal(new ScenarioBest("a", 95, 2, 2), summary.Best["a"]);
        Assert.Equal(new ScenarioBest("b", 60, 1, 1), summary.Best["b"]);
        Assert.False(summary.Best.ContainsKey("c"));
        Assert.Equal(3, summary.StarsEarned);        // 2 + 1; "retired" is not in the catalog
        Assert.Equal(9, summary.StarsPossible);
    }

    [Theory]
    [InlineData(new[] { 23, 22, 21 }, 3)]
    [InlineData(new[] { 22, 21 }, 2)]        // not yet today: yesterday's streak stands
    [InlineData(new[] { 21, 20 }, 0)]        // a day missed
    [InlineData(new[] { 23, 21, 20 }, 1)]
    [InlineData(new[] { 23, 23, 22 }, 2)]    // two attempts on one day count once
    public void Compute_DaysPractised_StreakBackFromToday(int[] days, int streak)
    {
        var attempts = days.Select(d => Attempt("x", startedAt: Day(d))).ToArray();
        Assert.Equal(streak, Summarise(Day(23, 20), attempts).StreakDays);
    }

    [Fact]
    public void Compute_StreakAcrossMidnight_UsesLocalDates()
    {
        // 23:30 on the 22nd in China is 15:30 UTC on the 22nd; 00:30 on the 23rd is 16:30 UTC on the 22nd.
        var summary = Summarise(Day(23, 9),
            Attempt("x", startedAt: new DateTimeOffset(2026, 11, 22, 15, 30, 0, TimeSpan.Zero)),
            Attempt("x", startedAt: new DateTimeOffset(2026, 11, 22, 16, 30, 0, TimeSpan.Zero)));
        Assert.Equal(2, summary.StreakDays);
    }

    [Fact]
    public void Compute_LastSession_LatestActivityOfAnyAttempt()
    {
        var open = Attempt("x", startedAt: Day(22)) with { Turns = [Turn(0) with { AnsweredAt = Day(22, 15) }] };
        var summary = Summarise(Day(23), Completed("x", "a", Day(21), 50, 1), open);
        Assert.Equal(Day(22, 15), summary.LastSession);
    }

    [Theory]
    [InlineData(0, 1, 0, 100)]
    [InlineData(99, 1, 0, 100)]
    [InlineData(100, 2, 100, 300)]
    [InlineData(299, 2, 100, 300)]
    [InlineData(300, 3, 300, 600)]
    [InlineData(1000, 5, 1000, 1500)]
    public void LevelFor_Experience_LevelAndBounds(int experience, int level, int startsAt, int nextAt)
    {
        var progress = LevelProgress.For(experience);
        Assert.Equal(new LevelProgress(level, experience, startsAt, nextAt), progress);
        Assert.Equal(nextAt - experience, progress.ToNextLevel);
        Assert.InRange(progress.Fraction, 0, 0.999999);
    }
}
