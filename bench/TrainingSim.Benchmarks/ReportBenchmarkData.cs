using LiteDB;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Benchmarks;

/// <summary>A generated progress database: 200 trainees in 4 cohorts × 50 attempts × 10 turns (100,000 turns),
/// written with the store's own document mapping in bulk (the store's one-write-one-checkpoint path would
/// take minutes for this much).</summary>
internal static class ReportBenchmarkData
{
    public const int Trainees = 200;
    public const int AttemptsPerTrainee = 50;
    public const int TurnsPerAttempt = 10;

    private static readonly string[] Skills = ["empathy", "courtesy", "solution"];
    private static readonly string[] Items = ["soothe", "apology", "new-year", "house.honorific", "solution", "follow-up"];

    public static IReadOnlyList<AttemptRecord> Attempts()
    {
        var random = new Random(20261123);
        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var attempts = new List<AttemptRecord>(Trainees * AttemptsPerTrainee);
        for (var t = 0; t < Trainees; t++)
        {
            var trainee = $"学员{t:D3}";
            for (var a = 0; a < AttemptsPerTrainee; a++)
            {
                var started = start.AddHours(t + (a * 7));
                var roll = random.Next(10);
                var outcome = roll < 8 ? "resolved" : roll == 8 ? Outcomes.HungUp : Outcomes.Abandoned;
                var score = random.Next(20, 101);
                var turns = Enumerable.Range(0, TurnsPerAttempt).Select(i => new TurnRecord
                {
                    Index = i,
                    StepId = $"step-{i}",
                    Reply = "王先生您好，非常抱歉让您着急了，我马上帮您查一下最近的营业厅。",
                    SecondsTaken = 5 + random.Next(40),
                    Matched = [.. Items.Where(_ => random.Next(2) == 0)],
                    Missed = [.. Items.Where(_ => random.Next(4) == 0)],
                    Score = random.Next(0, 101),
                    Net = random.Next(0, 8),
                    Maximum = 8,
                    Skills = Skills.ToDictionary(s => s, _ => new SkillTally(random.Next(0, 4), 4)),
                    MoodAfter = random.Next(0, 101),
                    NextStepId = $"step-{i + 1}",
                    AnsweredAt = started.AddSeconds(30 * (i + 1)),
                }).ToList();
                attempts.Add(new AttemptRecord
                {
                    Id = new Guid(t, (short)a, 0, [1, 2, 3, 4, 5, 6, 7, 8]),
                    Trainee = trainee,
                    Cohort = $"2026-{9 + (t % 4)}",
                    ScenarioId = $"scenario-{a % 12}",
                    ScenarioVersion = "sha256:bench",
                    Mode = a % 5 == 0 ? PlayMode.Exam : PlayMode.Practice,
                    StartedAt = started,
                    EndedAt = started.AddMinutes(6),
                    Outcome = outcome,
                    Success = outcome == "resolved" && score >= 60,
                    Score = outcome == Outcomes.Abandoned ? 0 : score,
                    Stars = outcome == "resolved" ? Math.Clamp((score - 50) / 15, 0, 3) : 0,
                    Skills = Skills.ToDictionary(s => s, _ => random.Next(0, 101)),
                    Turns = turns,
                });
            }
        }

        return attempts;
    }

    public static void Write(string path, IReadOnlyList<AttemptRecord> attempts)
    {
        // The store creates the file, its collections and indexes.
        using (var store = LiteDbProgressStore.Open(path))
        {
            foreach (var trainee in attempts.Select(a => (a.Trainee, a.Cohort)).Distinct())
                store.AddTrainee(trainee.Trainee, trainee.Cohort);
        }

        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        database.GetCollection(ProgressBson.Attempts).InsertBulk(attempts.Select(ProgressBson.ToDocument));
        database.GetCollection(ProgressBson.Turns).InsertBulk(
            attempts.SelectMany(a => a.Turns.Select(t => ProgressBson.ToDocument(a.Id, t))));
        database.Checkpoint();
    }
}
