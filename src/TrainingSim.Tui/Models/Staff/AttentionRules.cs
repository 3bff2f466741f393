using TrainingSim.Core.Progress;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>When a trainee needs attention: their last <see cref="RecentAttempts"/> attempts all failed to
/// pass (abandoned ones included — they did not pass either), a skill at least <see cref="FarBelowPoints"/>
/// under the cohort's average, or nothing done for <see cref="InactiveDays"/> days or more (counted from
/// when they joined when they never played). A compliance failure is flagged whatever the cohort does: an
/// attempt ending in a <see cref="ComplianceOutcomes"/> outcome, or the <see cref="ComplianceSkill"/> skill
/// under <see cref="PassMark"/>. So is any skill under the pass mark when no one else in the cohort has a score
/// in it (a cohort of one has no average to fall below).</summary>
internal static class AttentionRules
{
    public const int RecentAttempts = 3;
    public const int FarBelowPoints = 20;
    public const int InactiveDays = 3;

    /// <summary>The pass mark of a skill score (the scenarios' default pass score).</summary>
    public const int PassMark = 60;

    /// <summary>The house rubric's compliance skill (identity checks, privacy, real-name rules).</summary>
    public const string ComplianceSkill = "compliance";

    /// <summary>End outcomes that are compliance failures in themselves.</summary>
    public static readonly IReadOnlySet<string> ComplianceOutcomes = new HashSet<string>(StringComparer.Ordinal) { "privacy-breach" };

    public static IReadOnlyList<AttentionFlag> Flags(
        Trainee trainee, IReadOnlyList<AttemptRecord> attemptsOldestFirst, IReadOnlyList<SkillComparison> skills,
        Func<string, string> skillName, DateTimeOffset now, Func<string, string>? outcomeName = null)
    {
        var flags = new List<AttentionFlag>();
        foreach (var breach in attemptsOldestFirst.Where(a => a.Outcome is { } o && ComplianceOutcomes.Contains(o)).GroupBy(a => a.Outcome!))
            flags.Add(new AttentionFlag("StaffFlagComplianceOutcome", (outcomeName ?? (id => id))(breach.Key), breach.Count()));
        foreach (var skill in skills.Where(s => s.Score < PassMark && (s.SkillId == ComplianceSkill || s.Alone)))
            flags.Add(new AttentionFlag("StaffFlagSkillBelowPass", skillName(skill.SkillId), skill.Score, PassMark));
        if (attemptsOldestFirst.Count >= RecentAttempts && attemptsOldestFirst.TakeLast(RecentAttempts).All(a => !a.Passed))
            flags.Add(new AttentionFlag("StaffFlagBelowPass", RecentAttempts));
        foreach (var skill in skills.Where(s => s.FarBelow && !(s.Score < PassMark && s.SkillId == ComplianceSkill)))
            flags.Add(new AttentionFlag("StaffFlagSkillLow", skillName(skill.SkillId), skill.Score, skill.CohortAverage));
        var last = attemptsOldestFirst.Count == 0 ? trainee.CreatedAt : attemptsOldestFirst.Max(a => a.LastActivity);
        var idle = now - last;
        if (idle >= TimeSpan.FromDays(InactiveDays))
            flags.Add(new AttentionFlag("StaffFlagInactive", (int)idle.TotalDays));
        return flags;
    }
}
