using System.Globalization;
using TrainingSim.Core.Content;
using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>One trainee for the lead: attempts newest first, the score trend, skills against the cohort
/// average (each cohort member's average counts once) and the needs-attention flags.</summary>
internal sealed class TraineeDetailModel
{
    public const int TrendLength = 30;

    private readonly ScopedProgress _progress;
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly ContentNames _names;
    private readonly TimeProvider _clock;

    public TraineeDetailModel(ScopedProgress progress, Trainee trainee, IReadOnlyList<Scenario> scenarios,
        TrainingContent content, string language, TimeProvider clock)
    {
        _progress = progress;
        Trainee = trainee;
        _scenarios = scenarios;
        _names = new ContentNames(content, CultureInfo.GetCultureInfo(language));
        _clock = clock;
        Reload();
    }

    public Trainee Trainee { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<AttemptRecord> Attempts { get; private set; } = [];

    public ProgressSummary Summary { get; private set; } = null!;

    /// <summary>Scores of the last <see cref="TrendLength"/> completed attempts, oldest first.</summary>
    public IReadOnlyList<int> Trend { get; private set; } = [];

    public IReadOnlyList<SkillComparison> Skills { get; private set; } = [];

    public IReadOnlyList<AttentionFlag> Flags { get; private set; } = [];

    public void Reload()
    {
        var oldestFirst = _progress.Attempts(new AttemptQuery(Trainee: Trainee.Name, WithTurns: false));
        Attempts = [.. oldestFirst.OrderByDescending(a => a.StartedAt)];
        Summary = ProgressSummary.Compute(oldestFirst, _scenarios.Select(s => s.Id), _clock);
        Trend = [.. oldestFirst.Where(a => a.Completed).OrderBy(a => a.StartedAt).TakeLast(TrendLength).Select(a => a.Score)];
        Skills = CompareSkills();
        Flags = AttentionRules.Flags(
            Trainee, [.. oldestFirst.OrderBy(a => a.StartedAt)], Skills, SkillName, _clock.GetUtcNow(), _names.Outcome);
    }

    public string SkillName(string skillId) => _names.Skill(skillId);

    public string ScenarioTitle(string scenarioId) =>
        _scenarios.FirstOrDefault(s => s.Id == scenarioId)?.Title ?? scenarioId;

    private List<SkillComparison> CompareSkills()
    {
        var query = new AttemptQuery(Cohort: Trainee.Cohort, WithTurns: false);
        var cohortTrainees = _progress.Trainees().Where(t => t.Cohort == Trainee.Cohort).ToList();
        var cohortAttempts = _progress.Attempts(query).Where(a => a.Cohort == Trainee.Cohort);
        var report = ProgressReportBuilder.Build(cohortTrainees, cohortAttempts, query);
        var mine = report.Trainees.FirstOrDefault(t => t.Name == Trainee.Name);
        if (mine is null)
            return [];
        return [.. mine.Skills.Select(skill =>
        {
            var scored = report.Trainees.Where(t => t.Skills.ContainsKey(skill.Key)).Select(t => t.Skills[skill.Key]).ToList();
            return new SkillComparison(skill.Key, skill.Value, CohortModel.Mean(scored), scored.Count);
        })];
    }
}
