using TrainingSim.Core.Progress;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>When a trainee needs attention: their last <see cref="RecentAttempts"/> attempts all failed to
/// pass (abandoned ones included — they did not pass either), a skill at least <see cref="FarBelowPoints"/>
/// under the cohort's average, or nothing done for <see cref="InactiveDays"/> days or more (counted from
/// when they joined when they never played).</summary>
internal static class AttentionRules
{
    public const int RecentAttempts = 3;
    public const int FarBelowPoints = 20;
    public const int InactiveDays = 3;

    public static IReadOnlyList<AttentionFlag> Flags(
        Trainee trainee, IReadOnlyList<AttemptRecord> attemptsOldestFirst, IReadOnlyList<SkillComparison> skills,
        Func<string, string> skillName, DateTimeOffset now)
    {
        var flags = new List<AttentionFlag>();
        if (attemptsOldestFirst.Count >= RecentAttempts && attemptsOldestFirst.TakeLast(RecentAttempts).All(a => !a.Passed))
            flags.Add(new AttentionFlag("StaffFlagBelowPass", RecentAttempts));
        foreach (var skill in skills.Where(s => s.FarBelow))
            flags.Add(new AttentionFlag("StaffFlagSkillLow", skillName(skill.SkillId), skill.Score, skill.CohortAverage));
        var last = attemptsOldestFirst.Count == 0 ? trainee.CreatedAt : attemptsOldestFirst.Max(a => a.LastActivity);
        var idle = now - last;
        if (idle >= TimeSpan.FromDays(InactiveDays))
            flags.Add(new AttentionFlag("StaffFlagInactive", (int)idle.TotalDays));
        return flags;
    }
}
