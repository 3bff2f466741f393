using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Tests.TestSupport;
using TrainingSim.Storage;

namespace TrainingSim.Storage.KillProbe;

/// <summary>Usage: <c>KillProbe DB TRAINEE TURNS wait|finish|recorder|list</c>. Starts an attempt, records TURNS turns
/// printing <c>turn N stored</c> after each (flushed), then waits forever (to be killed) or finishes.
/// <c>recorder</c> plays the first reply of the holiday scenario through <see cref="AttemptRecorder"/> and waits;
/// <c>list</c> prints the trainee's attempts; <c>bulk</c> stores TURNS finished attempts of 20 turns each for
/// the trainee in one write (a large database for the fault tests, fast).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 4 || !int.TryParse(args[2], out var turns))
        {
            Console.Error.WriteLine("usage: KillProbe DB TRAINEE TURNS wait|finish|recorder|list|bulk");
            return 2;
        }

        using var store = LiteDbProgressStore.Open(args[0]);
        if (args[3] == "list")
        {
            // Reads back through the indexed queries (used to check a trimmed / Native AOT build).
            foreach (var attempt in store.Attempts(new AttemptQuery(Trainee: args[1])))
                Console.Out.WriteLine($"{attempt.Trainee} {attempt.ScenarioId} {attempt.EffectiveOutcome} {attempt.Turns.Count}: {string.Join(" | ", attempt.Turns.Select(t => t.Reply))}");
            return 0;
        }

        var trainee = store.AddTrainee(args[1], "probe");
        if (args[3] == "bulk")
        {
            var start = DateTimeOffset.UtcNow.AddDays(-1);
            store.ImportAttempts(Enumerable.Range(0, turns).Select(a => new AttemptRecord
            {
                Id = Guid.NewGuid(), Trainee = trainee.Name, Cohort = trainee.Cohort, ScenarioId = "probe", ScenarioVersion = "v1",
                Mode = PlayMode.Practice, StartedAt = start.AddMinutes(a), EndedAt = start.AddMinutes(a + 1), Outcome = "resolved",
                Success = true, Score = 80, Stars = 2, Skills = new Dictionary<string, int> { ["empathy"] = 80 },
                Turns = [.. Enumerable.Range(0, 20).Select(i => new TurnRecord
                {
                    Index = i, StepId = $"step-{i}", Reply = $"{args[1]} 回复 {a}-{i}", Score = 80, Net = 4, Maximum = 5, MoodAfter = 60,
                    AnsweredAt = start.AddMinutes(a).AddSeconds(i),
                })],
            }).ToList());
            Console.Out.WriteLine("bulk stored");
            return 0;
        }

        if (args[3] == "recorder")
        {
            var recorder = AttemptRecorder.Start(store, new Conversation(HolidayScenario.Create()), trainee, PlayMode.Exam);
            Console.Out.WriteLine($"attempt {recorder.AttemptId}");
            recorder.Reply(HolidayScenario.Expert, TimeSpan.FromSeconds(9));
            Console.Out.WriteLine("turn 1 stored");
            Console.Out.Flush();
            Thread.Sleep(Timeout.Infinite);
        }

        var id = Guid.NewGuid();
        store.StartAttempt(new AttemptRecord
        {
            Id = id,
            Trainee = trainee.Name,
            Cohort = trainee.Cohort,
            ScenarioId = "probe",
            ScenarioVersion = "v1",
            Mode = PlayMode.Practice,
            StartedAt = DateTimeOffset.UtcNow,
        });
        Console.Out.WriteLine($"attempt {id}");
        Console.Out.Flush();
        for (var i = 0; i < turns; i++)
        {
            store.RecordTurn(id, new TurnRecord
            {
                Index = i,
                StepId = $"step-{i}",
                Reply = $"{args[1]} 回复 {i}",
                Score = 50,
                Net = 1,
                Maximum = 2,
                MoodAfter = 40,
                AnsweredAt = DateTimeOffset.UtcNow,
            });
            Console.Out.WriteLine($"turn {i + 1} stored");
            Console.Out.Flush();
        }

        if (args[3] == "wait")
        {
            Thread.Sleep(Timeout.Infinite);
        }

        store.FinishAttempt(id, new AttemptFinish("resolved", true, 50, 1, new Dictionary<string, int>(), DateTimeOffset.UtcNow));
        Console.Out.WriteLine("done");
        return 0;
    }
}
