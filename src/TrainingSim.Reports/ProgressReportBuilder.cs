using TrainingSim.Core.Progress;

namespace TrainingSim.Reports;

/// <summary>Computes the team lead's report from trainees and their attempts, by the definitions of the
/// command-line contract: <c>completed</c> = ended at an end step or by the customer hanging up;
/// <c>passed</c> = at least one star; <c>average_score</c>, <c>skills</c> and <c>best</c> over completed
/// attempts only; abandoned attempts count only in <c>attempts</c>.</summary>
public static class ProgressReportBuilder
{
    /// <param name="trainees">Known trainees; an attempt's trainee missing here still gets a line.</param>
    /// <param name="attempts">Attempts of any trainee; the filter is applied here.</param>
    public static ProgressReport Build(
        IEnumerable<Trainee> trainees, IEnumerable<AttemptRecord> attempts, AttemptQuery filter)
    {
        var lines = new SortedDictionary<string, Accumulator>(StringComparer.Ordinal);
        var adjusted = new List<AttemptRecord>();
        foreach (var trainee in trainees)
        {
            if (Selects(filter, trainee.Name, trainee.Cohort))
                lines.TryAdd(trainee.Name, new Accumulator(trainee.Name, trainee.Cohort));
        }

        foreach (var attempt in attempts)
        {
            if (filter.ScenarioId is not null && attempt.ScenarioId != filter.ScenarioId)
                continue;
            if (!lines.TryGetValue(attempt.Trainee, out var line))
            {
                // An attempt whose trainee record is gone (see `db check`): reported with the attempt's cohort.
                if (!Selects(filter, attempt.Trainee, attempt.Cohort))
                    continue;
                line = new Accumulator(attempt.Trainee, attempt.Cohort);
                lines.Add(attempt.Trainee, line);
            }

            line.Add(attempt);
            if (attempt.Rescore is not null || attempt.Override is not null)
                adjusted.Add(attempt);
        }

        return new ProgressReport([.. lines.Values.Select(l => l.ToProgress())]) { Adjusted = adjusted };
    }

    private static bool Selects(AttemptQuery filter, string name, string? cohort) =>
        (filter.Trainee is null || filter.Trainee == name) && (filter.Cohort is null || filter.Cohort == cohort);

    private sealed class Accumulator(string name, string? cohort)
    {
        private readonly Dictionary<string, (long Sum, int Count)> _skills = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _best = new(StringComparer.Ordinal);
        private int _attempts;
        private int _completed;
        private int _passed;
        private long _scoreSum;
        private DateTimeOffset? _lastActive;

        public void Add(AttemptRecord attempt)
        {
            _attempts++;
            Touch(attempt.StartedAt);
            if (attempt.EndedAt is { } ended)
                Touch(ended);
            foreach (var turn in attempt.Turns)
                Touch(turn.AnsweredAt);

            if (attempt.Stars >= 1)
                _passed++;
            if (!attempt.Completed)
                return;

            _completed++;
            _scoreSum += attempt.Score;
            foreach (var (skill, score) in attempt.Skills)
            {
                var (sum, count) = _skills.GetValueOrDefault(skill);
                _skills[skill] = (sum + score, count + 1);
            }

            if (!_best.TryGetValue(attempt.ScenarioId, out var best) || attempt.Score > best)
                _best[attempt.ScenarioId] = attempt.Score;
        }

        private void Touch(DateTimeOffset moment)
        {
            if (moment != default && (_lastActive is null || moment > _lastActive))
                _lastActive = moment;
        }

        public TraineeProgress ToProgress() => new(
            name,
            cohort,
            _attempts,
            _completed,
            _passed,
            _completed == 0 ? null : Rounding.Mean(_scoreSum, _completed),
            new SortedDictionary<string, int>(
                _skills.ToDictionary(s => s.Key, s => Rounding.Mean(s.Value.Sum, s.Value.Count)), StringComparer.Ordinal),
            new SortedDictionary<string, int>(_best, StringComparer.Ordinal),
            _lastActive);
    }
}
